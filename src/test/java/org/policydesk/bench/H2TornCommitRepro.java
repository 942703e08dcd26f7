package org.policydesk.bench;

import java.sql.*;
import java.util.*;

/**
 * H2 alone, no PolicyDesk code (decision 0049): a child JVM updates N rows of table a and inserts N rows into b in
 * one transaction and commits; the parent kills it with SIGKILL at a random moment within the commit and counts.
 * With H2 2.5.252 some kills leave a committed prefix of the transaction (all of a and part of b). Run:
 * {@code java -cp h2.jar:target/test-classes [-Dsuffix=";WRITE_DELAY=0"] org.policydesk.bench.H2TornCommitRepro
 * parent DIR ROWS TRIALS SEED}.
 */
public final class H2TornCommitRepro {
    private H2TornCommitRepro() {
    }

    public static void main(String[] a) throws Exception {
        String url = "jdbc:h2:file:" + a[1] + "/db" + System.getProperty("suffix", "");
        int n = Integer.parseInt(a[2]);
        if (a[0].equals("child")) {
            int trial = Integer.parseInt(a[3]);
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS a(id INT PRIMARY KEY, v INT)");
                    s.execute("CREATE TABLE IF NOT EXISTS b(seq BIGINT PRIMARY KEY, k VARCHAR(50), trial INT, d CLOB)");
                    s.execute("CREATE INDEX IF NOT EXISTS b_k ON b(k)");
                }
                c.setAutoCommit(false);
                if (trial == 0) {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO a VALUES (?, 0)")) {
                        for (int i = 0; i < n; i++) { p.setInt(1, i); p.addBatch(); if (i % 1000 == 999) p.executeBatch(); }
                        p.executeBatch();
                    }
                    c.commit();
                }
                System.out.println("go"); System.out.flush();
                long base;
                try (ResultSet r = c.createStatement().executeQuery("SELECT COALESCE(MAX(seq),0) FROM b")) { r.next(); base = r.getLong(1); }
                try (PreparedStatement p = c.prepareStatement("UPDATE a SET v = ? WHERE id = ?")) {
                    for (int i = 0; i < n; i++) { p.setInt(1, trial); p.setInt(2, i); p.addBatch(); if (i % 1000 == 999) p.executeBatch(); }
                    p.executeBatch();
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO b VALUES (?, ?, ?, ?)")) {
                    for (int i = 0; i < n; i++) {
                        p.setLong(1, base + i + 1); p.setString(2, String.format("%06d", i)); p.setInt(3, trial);
                        p.setString(4, "{\"changes\":\"position: T" + (trial - 1) + " -> T" + trial + "\",\"roster\":\"r" + trial + "\"}");
                        p.addBatch(); if (i % 1000 == 999) p.executeBatch();
                    }
                    p.executeBatch();
                }
                System.out.println("commit"); System.out.flush();
                c.commit();
                System.out.println("done"); System.out.flush();
            }
            return;
        }
        int trials = Integer.parseInt(a[3]);
        Random rnd = new Random(Long.parseLong(a[4]));
        String cp = System.getProperty("java.class.path");
        int bad = 0, killed = 0;
        long whole = 0;
        for (int t = 0; t <= trials; t++) {
            Process ch = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx512m", "-Dsuffix=" + System.getProperty("suffix", ""), "-cp", cp, H2TornCommitRepro.class.getName(), "child", a[1], a[2], "" + t)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(ch.getInputStream()));
            String line = out.readLine(); // go
            line = out.readLine(); // commit
            long start = System.nanoTime();
            if (t == 0) { while (out.readLine() != null) { } ch.waitFor(); whole = Math.max(50, (System.nanoTime() - start) / 1_000_000); System.out.println("commit takes " + whole + " ms"); }
            else { Thread.sleep((long) (rnd.nextDouble() * whole * 1.2)); ch.destroyForcibly(); ch.waitFor(); killed++; }
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 Statement s = c.createStatement()) {
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM a WHERE v = " + t); r.next(); long rows = r.getLong(1);
                r = s.executeQuery("SELECT COUNT(*) FROM b WHERE trial = " + t); r.next(); long events = r.getLong(1);
                boolean ok = (rows == 0 && events == 0) || (rows == n && events == n);
                if (!ok) bad++;
                System.out.println("trial " + t + ": rows " + rows + ", events " + events + (ok ? " ok" : " PARTIAL"));
            }
        }
        System.out.println("pure H2: " + (killed - bad) + " of " + killed + " survived");
    }
}
