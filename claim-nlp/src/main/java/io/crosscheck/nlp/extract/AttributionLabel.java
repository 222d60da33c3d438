package io.crosscheck.nlp.extract;

/**
 * The per-token tags of the learned attribution tagger: BIO over the three parts of a PolNeAR attribution, the
 * Source (who), the Cue (the reporting verb or phrase) and the Content (what is attributed). A span never runs over a
 * sentence boundary: a quote that continues in the next sentence opens there with a new B.
 */
public enum AttributionLabel {
    O(Part.NONE, false), B_SOURCE(Part.SOURCE, true), I_SOURCE(Part.SOURCE, false), B_CUE(Part.CUE, true),
    I_CUE(Part.CUE, false), B_CONTENT(Part.CONTENT, true), I_CONTENT(Part.CONTENT, false);

    /** Which part of an attribution a token belongs to. */
    public enum Part { NONE, SOURCE, CUE, CONTENT }

    private final Part part;
    private final boolean begin;

    AttributionLabel(Part part, boolean begin) {
        this.part = part;
        this.begin = begin;
    }

    public Part part() {
        return part;
    }

    public boolean begins() {
        return begin;
    }

    /** The label that opens (begin) or continues a span of this part; O for {@link Part#NONE}. */
    public static AttributionLabel of(Part part, boolean begin) {
        return switch (part) {
            case NONE -> O;
            case SOURCE -> begin ? B_SOURCE : I_SOURCE;
            case CUE -> begin ? B_CUE : I_CUE;
            case CONTENT -> begin ? B_CONTENT : I_CONTENT;
        };
    }

    /** An I- tag only continues a span of its own part. */
    public boolean mayFollow(AttributionLabel previous) {
        return begin || part == Part.NONE || previous != null && previous.part == part;
    }
}
