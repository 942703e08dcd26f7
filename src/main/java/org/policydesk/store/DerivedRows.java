package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.CROSS_REF;
import static org.policydesk.store.jooq.Tables.IMPORT_WARNING;
import static org.policydesk.store.jooq.Tables.LEGAL_REF;
import static org.policydesk.store.jooq.Tables.PRESS_COMMENT;
import static org.policydesk.store.jooq.Tables.VERSION_HISTORY;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.TableRecord;

import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PressComment;

/** The queryable rows derived from a version's text: written with the version, rewritten when a draft's text changes. */
final class DerivedRows {

    private DerivedRows() {
    }

    static void insert(DSLContext dsl, long versionId, PolicyDocument doc) {
        List<TableRecord<?>> rows = new ArrayList<>();
        for (PressComment c : doc.comments()) {
            var r = dsl.newRecord(PRESS_COMMENT);
            r.setVersionId(versionId);
            r.setN(c.n());
            r.setText(PolicyRepository.fit(PRESS_COMMENT.TEXT, c.text()));
            r.setIssue(c.issue());
            r.setIssued(c.issued() == null ? null : c.issued().toString());
            rows.add(r);
        }
        for (int i = 0; i < doc.legalRefs().size(); i++) {
            var r = dsl.newRecord(LEGAL_REF);
            r.setVersionId(versionId);
            r.setOrdinal(i);
            r.setText(PolicyRepository.fit(LEGAL_REF.TEXT, doc.legalRefs().get(i).text()));
            rows.add(r);
        }
        for (int i = 0; i < doc.crossRefs().size(); i++) {
            CrossRef ref = doc.crossRefs().get(i);
            var r = dsl.newRecord(CROSS_REF);
            r.setVersionId(versionId);
            r.setOrdinal(i);
            r.setNumber(ref.number().toString());
            r.setTitle(PolicyRepository.fit(CROSS_REF.TITLE, ref.title()));
            rows.add(r);
        }
        for (int i = 0; i < doc.history().size(); i++) {
            HistoryEntry entry = doc.history().get(i);
            var r = dsl.newRecord(VERSION_HISTORY);
            r.setVersionId(versionId);
            r.setOrdinal(i);
            r.setKind(entry.kind().name());
            r.setDateIso(entry.date().toIso());
            rows.add(r);
        }
        for (ParseWarning w : doc.warnings()) {
            var r = dsl.newRecord(IMPORT_WARNING);
            r.setVersionId(versionId);
            r.setLine(w.line());
            r.setMessage(PolicyRepository.fit(IMPORT_WARNING.MESSAGE, w.message()));
            rows.add(r);
        }
        if (!rows.isEmpty()) {
            dsl.batchInsert(rows).execute();
        }
    }

    static void delete(DSLContext dsl, long versionId) {
        dsl.deleteFrom(PRESS_COMMENT).where(PRESS_COMMENT.VERSION_ID.eq(versionId)).execute();
        dsl.deleteFrom(LEGAL_REF).where(LEGAL_REF.VERSION_ID.eq(versionId)).execute();
        dsl.deleteFrom(CROSS_REF).where(CROSS_REF.VERSION_ID.eq(versionId)).execute();
        dsl.deleteFrom(VERSION_HISTORY).where(VERSION_HISTORY.VERSION_ID.eq(versionId)).execute();
        dsl.deleteFrom(IMPORT_WARNING).where(IMPORT_WARNING.VERSION_ID.eq(versionId)).execute();
    }
}
