package io.secweb.schemas.event;

import java.time.LocalDate;

/**
 * Body of an agreement event (schemas/json/agreement.schema.json).
 *
 * @param status     signed, in_force, termination_notice (in force, its end announced), suspended, terminated, expired
 * @param supersedes the id of the record whose state this one changes (a termination notice, its suspension or
 *                   withdrawal, a renewal, an amendment, a replacement, an expiry…), or null: records linked this way
 *                   are one agreement, one tie
 * @param change     what the record changes (schema enum, e.g. {@code termination_notice}, {@code renewal}), or null
 */
public record AgreementBody(String name, String kind, String status, LocalDate effectiveFrom, LocalDate effectiveTo, String supersedes,
                            String change) {

    /** An agreement record that links to no earlier record. */
    public AgreementBody(String name, String kind, String status, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this(name, kind, status, effectiveFrom, effectiveTo, null, null);
    }
}
