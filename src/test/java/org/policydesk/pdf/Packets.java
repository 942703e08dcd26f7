package org.policydesk.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.policydesk.model.ChangeKind;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.Reading;
import org.policydesk.text.PressParser;

/** Packets for tests: the sample district's 5:125, and texts given inline. */
final class Packets {

    static final LocalDate MEETING = LocalDate.of(2026, 12, 15);

    private Packets() {
    }

    static PolicyDocument sample(String file) throws IOException {
        try (InputStream in = Packets.class.getResourceAsStream("/policydesk/sample/policies/" + file)) {
            return new PressParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static PacketPolicy policy(PolicyDocument adopted, PolicyDocument draft) {
        ChangeKind change = ChangeKinds.classify(adopted, draft);
        return new PacketPolicy(draft, adopted, change, ChangeKinds.action(change, Reading.FIRST));
    }

    static BoardPacket packet(String district, List<PacketPolicy> policies) {
        return new BoardPacket(district, MEETING, Reading.FIRST, 117, BoardPacket.titleFor(117, Reading.FIRST),
                policies);
    }

    static BoardPacket samplePacket() throws IOException {
        return packet("Sample School District 000", List.of(policy(sample("5-125-adopted-2023-06-21.txt"),
                sample("5-125-draft-update-issue-117.txt"))));
    }
}
