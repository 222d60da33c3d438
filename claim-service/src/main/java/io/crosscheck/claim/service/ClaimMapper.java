package io.crosscheck.claim.service;

import io.crosscheck.nlp.extract.Claimant;
import io.crosscheck.nlp.extract.ExtractedClaim;
import io.crosscheck.nlp.extract.Span;
import io.crosscheck.claim.model.StoredClaim;
import io.crosscheck.claim.rest.ClaimView;
import java.util.UUID;

/** Between the extractor's claims, the stored rows and the contract's Claim JSON. */
public final class ClaimMapper {

    private ClaimMapper() {
    }

    public static StoredClaim toStored(ExtractedClaim c, UUID articleId, int ordinal) {
        StoredClaim s = new StoredClaim();
        s.id = UUID.randomUUID();
        s.articleId = articleId;
        s.ordinal = ordinal;
        s.text = c.text();
        s.sentence = c.sentence();
        s.spanStart = c.span().start();
        s.spanEnd = c.span().end();
        s.claimantName = c.claimant() == null ? null : c.claimant().name();
        s.claimantRole = c.claimant() == null ? null : c.claimant().role();
        s.attribution = c.attribution();
        s.cue = c.cue();
        s.polarity = c.polarity();
        s.hedged = c.hedged();
        s.hedges = c.hedges();
        s.checkworthiness = c.checkworthiness();
        s.entities = c.entities();
        s.times = c.times();
        s.quantities = c.quantities();
        return s;
    }

    public static ClaimView toView(StoredClaim s) {
        Claimant claimant = s.claimantName == null && s.claimantRole == null ? null
                : new Claimant(s.claimantName, s.claimantRole);
        return new ClaimView(s.id, s.articleId, s.text, s.sentence, new Span(s.spanStart, s.spanEnd), claimant,
                s.attribution, s.cue, s.polarity, s.hedged, s.hedges, round(s.checkworthiness), s.entities, s.times,
                s.quantities);
    }

    public static ClaimView toView(ExtractedClaim c) {
        return new ClaimView(null, null, c.text(), c.sentence(), c.span(), c.claimant(), c.attribution(), c.cue(),
                c.polarity(), c.hedged(), c.hedges(), round(c.checkworthiness()), c.entities(), c.times(), c.quantities());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
