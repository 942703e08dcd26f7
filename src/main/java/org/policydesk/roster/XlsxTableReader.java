package org.policydesk.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook through POI's streaming SAX API, so a large sheet is never
 * held as a DOM. Cells come back as Excel displays them; the spreadsheet row number is the "line".
 */
final class XlsxTableReader {

    RawTable read(Path file, String name, int maxRows, String sheetName) throws RosterFileException {
        List<RawRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new RosterFileException(name + " has no worksheet.");
            }
            InputStream chosen = sheets.next();
            List<String> names = new ArrayList<>(List.of(sheets.getSheetName()));
            while (sheetName != null && !sheets.getSheetName().equalsIgnoreCase(sheetName.strip())) {
                chosen.close();
                if (!sheets.hasNext()) {
                    throw new RosterFileException(name + " has no sheet named \"" + sheetName + "\". Its sheets: "
                            + String.join(", ", names) + ".");
                }
                chosen = sheets.next();
                names.add(sheets.getSheetName());
            }
            try (InputStream sheet = chosen) {
                Collector collector = new Collector(rows, maxRows);
                XMLReader xml = SAXHelper.newXMLReader();
                DataFormatter formatter = new DataFormatter(Locale.US);
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, formatter, false));
                xml.parse(new InputSource(sheet));
            } catch (SampleFull e) {
                // The sample is complete; the rest of the sheet is not needed.
            }
        } catch (TooManyRows e) {
            throw new RosterFileException(name + " has more than " + RosterFileReader.MAX_ROWS + " rows; PolicyDesk"
                    + " reads rosters up to that size. Split the file by building.");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            throw new RosterFileException(name + " cannot be read as an XLSX workbook: " + e.getMessage(), e);
        }
        return new RawTable(name, "XLSX", null, false, null, rows);
    }

    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static final class SampleFull extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SampleFull() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<RawRow> rows;
        private final List<String> cells = new ArrayList<>();
        private final int maxRows;

        Collector(List<RawRow> rows, int maxRows) {
            this.rows = rows;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (rows.size() == maxRows) {
                throw new SampleFull();
            }
            if (rows.size() == RosterFileReader.MAX_ROWS) {
                throw new TooManyRows();
            }
            rows.add(new RawRow(rowNum + 1L, rowNum + 1L, cells, false));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
