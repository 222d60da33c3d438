package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.extract.AttributionLabel.Part;
import io.crosscheck.nlp.text.AnalyzedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the tagger's Source, Cue and Content spans into attributions. A Content span that opens its sentence right
 * after a Content span that closed the previous one continues it inside a quotation (a quote over several
 * sentences), and the whole chain shares one cue and one source. The cue is the one nearest the chain in its own
 * sentences, else, for a quotation, in the sentence just before or after it ("Cruz continued:" then the quote; the
 * quote then "he said."); the source is the one nearest that cue in the cue's sentence with no other cue between
 * them (without a cue, the one nearest the content). A chain with neither cue nor source is left out: who said it
 * is what makes it an attribution.
 */
final class AttributionAssembler {
    /** Beyond this many tokens across a sentence boundary a cue is not the chain's. */
    private static final int MAX_NEIGHBOUR_GAP = 12;
    /** A cue in a neighbouring sentence counts as this much further away than one in the chain's own. */
    private static final int NEIGHBOUR_PENALTY = 20;

    record TagSpan(Part part, int sentence, int from, int to) {
    }

    List<List<LearnedAttribution>> assemble(List<AnalyzedSentence> sentences, AttributionLabel[][] labels,
                                            QuoteTracker.QuoteMarks[] marks) {
        List<List<TagSpan>> spans = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            spans.add(spansOf(k, labels[k]));
        }
        List<List<LearnedAttribution>> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            out.add(new ArrayList<>(2));
        }
        for (List<TagSpan> chain : chains(sentences, spans, marks)) {
            // Only a quotation looks for its cue and source in the sentence before or after it.
            boolean quoted = isQuoted(chain, sentences, marks);
            TagSpan cue = nearest(Part.CUE, chain, spans, sentences, quoted);
            TagSpan source = cue != null ? sourceOf(cue, spans)
                    : nearest(Part.SOURCE, chain, spans, sentences, quoted);
            if (source == null && cue != null && !nameBefore(sentences.get(cue.sentence), cue.from)) {
                source = nearest(Part.SOURCE, List.of(cue), spans, sentences, false);
            }
            if (source == null && cue == null) {
                continue;
            }
            Attribution kind = cue != null && sentences.get(cue.sentence).lower(cue.from).equals("according")
                    ? Attribution.ACCORDING_TO : quoted ? Attribution.DIRECT_QUOTE : Attribution.INDIRECT;
            for (TagSpan c : chain) {
                out.get(c.sentence).add(new LearnedAttribution(c.sentence, c.from, c.to,
                        cue == null ? -1 : cue.sentence, cue == null ? 0 : cue.from, cue == null ? 0 : cue.to,
                        source == null ? -1 : source.sentence, source == null ? 0 : source.from,
                        source == null ? 0 : source.to, kind));
            }
        }
        return out;
    }

    private static List<TagSpan> spansOf(int k, AttributionLabel[] labels) {
        List<TagSpan> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            Part part = labels[i].part();
            if (part == Part.NONE) {
                i++;
                continue;
            }
            int from = i++;
            while (i < labels.length && !labels[i].begins() && labels[i].part() == part) {
                i++;
            }
            out.add(new TagSpan(part, k, from, i));
        }
        return joinContent(out, labels.length);
    }

    /**
     * The tagger sometimes drops out of a long content for a few tokens ("40/B-CONTENT clinics/O closed/O ..."): a
     * content span followed by nothing but untagged tokens runs on to the end of its sentence, and two content
     * spans with only untagged tokens between them are one.
     */
    private static List<TagSpan> joinContent(List<TagSpan> spans, int sentenceSize) {
        List<TagSpan> out = new ArrayList<>(spans.size());
        for (int j = 0; j < spans.size(); j++) {
            TagSpan t = spans.get(j);
            if (t.part == Part.CONTENT) {
                TagSpan next = j + 1 < spans.size() ? spans.get(j + 1) : null;
                if (next == null) {
                    t = new TagSpan(Part.CONTENT, t.sentence, t.from, sentenceSize);
                } else if (next.part == Part.CONTENT) {
                    spans.set(j + 1, new TagSpan(Part.CONTENT, t.sentence, t.from, next.to));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Content spans grouped into chains: a chain continues while a span closes one sentence and the next opens it
     * inside a quotation (an unquoted content that ends its sentence does not run into the next one: "The fund
     * denied it. Officials declined to comment." are two statements).
     */
    private static List<List<TagSpan>> chains(List<AnalyzedSentence> sentences, List<List<TagSpan>> spans,
                                              QuoteTracker.QuoteMarks[] marks) {
        List<List<TagSpan>> chains = new ArrayList<>();
        List<TagSpan> open = null;
        for (int k = 0; k < sentences.size(); k++) {
            AnalyzedSentence s = sentences.get(k);
            List<TagSpan> contents = spans.get(k).stream().filter(t -> t.part == Part.CONTENT)
                    .filter(t -> hasWord(s, t.from, t.to)).toList();
            for (int c = 0; c < contents.size(); c++) {
                TagSpan span = contents.get(c);
                boolean quoted = marks[k].openAtStart() || s.size() > 0 && s.isQuote(0);
                if (c == 0 && open != null && quoted && startsSentence(s, span.from)) {
                    open.add(span);
                } else {
                    open = new ArrayList<>(List.of(span));
                    chains.add(open);
                }
            }
            TagSpan last = contents.isEmpty() ? null : contents.get(contents.size() - 1);
            if (last == null || !endsSentence(s, last.to)) {
                open = null;
            }
        }
        return chains;
    }

    /** The span of this part nearest the chain: in the chain's sentences first, then just before or after it. */
    private static TagSpan nearest(Part part, List<TagSpan> chain, List<List<TagSpan>> spans,
                                   List<AnalyzedSentence> sentences, boolean neighbours) {
        TagSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TagSpan content : chain) {
            for (TagSpan t : spans.get(content.sentence)) {
                if (t.part == part) {
                    int d = gap(content, t);
                    if (d < bestDistance) {
                        best = t;
                        bestDistance = d;
                    }
                }
            }
        }
        if (best != null || !neighbours) {
            return best;
        }
        TagSpan first = chain.get(0);
        TagSpan last = chain.get(chain.size() - 1);
        if (first.sentence > 0) {
            int before = first.sentence - 1;
            int size = sentences.get(before).size();
            for (TagSpan t : spans.get(before)) {
                int d = size - t.to + first.from;
                if (t.part == part && d <= MAX_NEIGHBOUR_GAP && d + NEIGHBOUR_PENALTY < bestDistance) {
                    best = t;
                    bestDistance = d + NEIGHBOUR_PENALTY;
                }
            }
        }
        if (last.sentence + 1 < sentences.size()) {
            int after = last.sentence + 1;
            int size = sentences.get(last.sentence).size();
            for (TagSpan t : spans.get(after)) {
                int d = size - last.to + t.from;
                if (t.part == part && d <= MAX_NEIGHBOUR_GAP && d + NEIGHBOUR_PENALTY < bestDistance) {
                    best = t;
                    bestDistance = d + NEIGHBOUR_PENALTY;
                }
            }
        }
        return best;
    }

    /**
     * The source nearest the cue in its sentence with no other cue between them: in "Silva said A, while Reyes said
     * B" an untagged Reyes must not hand B to Silva. Null when there is none; the extraction then looks for the
     * subject just before the cue.
     */
    private static TagSpan sourceOf(TagSpan cue, List<List<TagSpan>> spans) {
        List<TagSpan> sentence = spans.get(cue.sentence);
        TagSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TagSpan t : sentence) {
            if (t.part != Part.SOURCE || gap(cue, t) >= bestDistance) {
                continue;
            }
            int from = Math.min(t.to, cue.to);
            int to = Math.max(t.from, cue.from);
            boolean cueBetween = false;
            for (TagSpan other : sentence) {
                cueBetween |= other != cue && other.part == Part.CUE && other.from >= from && other.to <= to;
            }
            if (!cueBetween) {
                best = t;
                bestDistance = gap(cue, t);
            }
        }
        return best;
    }

    /** Tokens between two spans of one sentence; a span before the anchor wins a tie (the usual "X said CONTENT"). */
    private static int gap(TagSpan anchor, TagSpan t) {
        return t.to <= anchor.from ? 2 * (anchor.from - t.to) : 2 * Math.max(0, t.from - anchor.to) + 1;
    }

    /** Most words of the chain are inside quotation marks. */
    private static boolean isQuoted(List<TagSpan> chain, List<AnalyzedSentence> sentences,
                                    QuoteTracker.QuoteMarks[] marks) {
        int quoted = 0;
        int words = 0;
        for (TagSpan c : chain) {
            AnalyzedSentence s = sentences.get(c.sentence);
            for (int i = c.from; i < c.to; i++) {
                if (!QuoteTracker.isPunctuation(s.words[i])) {
                    words++;
                    if (marks[c.sentence].quoted()[i]) {
                        quoted++;
                    }
                }
            }
        }
        return words > 0 && quoted * 2 > words;
    }

    /** A proper noun just before the cue (past "also", "has"): an untagged subject the extraction can read. */
    private static boolean nameBefore(AnalyzedSentence s, int cue) {
        int i = cue - 1;
        while (i >= 0 && ("AUX".equals(s.tags[i]) || "ADV".equals(s.tags[i]))) {
            i--;
        }
        return i >= 0 && "PROPN".equals(s.tags[i]);
    }

    private static boolean hasWord(AnalyzedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!QuoteTracker.isPunctuation(s.words[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(AnalyzedSentence s, int from) {
        return !hasWord(s, 0, from);
    }

    private static boolean endsSentence(AnalyzedSentence s, int to) {
        return !hasWord(s, to, s.size());
    }
}
