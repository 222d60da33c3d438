package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;
import io.crosscheck.nlp.text.TextAnalysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts checkable claims from a news article: who claims what, how it is attributed, whether it is asserted or
 * denied, hedged, and which people, places, times and quantities it involves.
 *
 * <p>Loading the models takes a moment; build one instance and share it. After construction the instance is
 * thread-safe: models are immutable and the OpenNLP tools are per thread; all per-article state lives in locals.
 */
public final class ClaimExtractor {
    /** Bump when extraction behaviour changes, so stored claims can be re-extracted. */
    public static final String VERSION = "extractor-1.2";
    /** Claims scoring below this are opinion or filler with nothing to check. */
    static final double MIN_CHECKWORTHINESS = 0.35;
    /** What someone said is worth recording even when modest: a later claim may contradict it. */
    static final double MIN_ATTRIBUTED_CHECKWORTHINESS = 0.2;
    /** Nouns that carry someone else's claim: "dismissed claims that ...", "rejected reports that ...". */
    private static final Set<String> REPORTED_SPEECH_NOUNS = Set.of("claims", "claim", "reports",
            "report", "allegations", "allegation", "accusations", "suggestions", "rumours", "rumors", "assertions",
            "speculation");
    /** Beyond this the text is not an article; the rest is ignored rather than risking the heap. */
    static final int MAX_TEXT_CHARS = 5_000_000;

    private final TextAnalysis analysis;
    private final Gazetteer gazetteer;
    private final EntityRecognizer entityRecognizer;
    private final SentenceSelector selector = new SentenceSelector();
    private final AttributionDetector attributions = new AttributionDetector();
    private final ClaimantResolver claimants = new ClaimantResolver();
    private final ClaimDecomposer decomposer = new ClaimDecomposer(attributions);
    private final PolarityDetector polarity = new PolarityDetector();
    private final HedgeDetector hedges = new HedgeDetector();
    private final TimeResolver times = new TimeResolver();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final CheckworthinessScorer scorer = new CheckworthinessScorer();
    private final ClaimTextBuilder texts = new ClaimTextBuilder();
    private final AttributionAssembler assembler = new AttributionAssembler();
    private final AttributionModel attributionModel;

    /** With the committed attribution model ({@link AttributionModel#loadDefault()}), if the jar carries one. */
    public ClaimExtractor() {
        this(AttributionModel.loadDefault());
    }

    /**
     * @param attributionModel the learned attribution tagger; null for the rules of {@link AttributionDetector}
     *                         alone (also what a sentence falls back to where the model finds no attribution)
     */
    public ClaimExtractor(AttributionModel attributionModel) {
        this.analysis = TextAnalysis.shared().preload();
        this.gazetteer = Gazetteer.load();
        this.entityRecognizer = new EntityRecognizer(gazetteer);
        this.attributionModel = attributionModel;
    }

    /**
     * The attributions the learned model finds in a text (content span, claimant, kind, cue), before any claim
     * selection: what {@code nlp-tools} scores on PolNeAR. Empty without a model.
     */
    public List<FoundAttribution> attributions(ExtractionRequest request) {
        if (attributionModel == null || request == null || request.text() == null || request.text().isBlank()) {
            return List.of();
        }
        String text = request.text().length() > MAX_TEXT_CHARS ? request.text().substring(0, MAX_TEXT_CHARS)
                : request.text();
        List<AnalyzedSentence> sentences = analysis.analyze(text);
        LocalDate published = request.publishedDate() != null ? request.publishedDate() : Dateline.publishedDate(text);
        return new Article(text, request.title(), published, sentences).attributions();
    }

    public List<ExtractedClaim> extract(ExtractionRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            return List.of();
        }
        String text = request.text().length() > MAX_TEXT_CHARS ? request.text().substring(0, MAX_TEXT_CHARS) : request.text();
        List<AnalyzedSentence> sentences = analysis.analyze(text);
        if (sentences.isEmpty()) {
            return List.of();
        }
        LocalDate published = request.publishedDate() != null ? request.publishedDate() : Dateline.publishedDate(text);
        return new Article(text, request.title(), published, sentences).extract();
    }

    /** The per-request state of one extraction. */
    private final class Article {
        private final String text;
        private final String title;
        private final LocalDate published;
        private final List<AnalyzedSentence> sentences;
        private final QuoteTracker.QuoteMarks[] marks;
        private final ArticleMemory memory = new ArticleMemory(gazetteer);
        private final List<List<Mention>> mentions = new ArrayList<>();
        private final AttributionDetector.QuoteFrame[] frames;
        private final boolean[] selectable;
        private final Map<Integer, Integer> quoteGroupSpeaker = new HashMap<>();
        private ClaimantResolver.Resolution lastQuoteSpeaker;
        private int lastQuoteSentence = -2;
        private int skippedSentences;
        /** Per sentence, the attributions the learned model found (null without a model). */
        private List<List<LearnedAttribution>> learned;

        Article(String text, String title, LocalDate published, List<AnalyzedSentence> sentences) {
            this.text = text;
            this.title = title;
            this.published = published;
            this.sentences = sentences;
            this.marks = QuoteTracker.track(text, sentences);
            this.frames = new AttributionDetector.QuoteFrame[sentences.size()];
            this.selectable = new boolean[sentences.size()];
        }

        List<ExtractedClaim> extract() {
            analyzeSentences();
            List<ExtractedClaim> claims = new ArrayList<>();
            for (int k = 0; k < sentences.size(); k++) {
                AnalyzedSentence s = sentences.get(k);
                try {
                    if (!SentenceSelector.isHeading(s)) {
                        observe(s, mentions.get(k));
                    }
                    if (selectable[k]) {
                        extractFrom(k, s, claims);
                    }
                } catch (RuntimeException e) {
                    // A heuristic tripping over an odd sentence must not cost the whole article: skip the sentence.
                    skippedSentences++;
                }
            }
            return claims;
        }

        /** The learned attributions alone, every one whose source resolves, in article order. */
        List<FoundAttribution> attributions() {
            analyzeSentences();
            List<FoundAttribution> found = new ArrayList<>();
            for (int k = 0; k < sentences.size(); k++) {
                AnalyzedSentence s = sentences.get(k);
                if (!SentenceSelector.isHeading(s)) {
                    observe(s, mentions.get(k));
                }
                for (LearnedAttribution a : learned == null ? List.<LearnedAttribution>of() : learned.get(k)) {
                    ClaimantResolver.Resolution resolution = resolveLearned(a);
                    if (resolution != null) {
                        String source = a.hasSource() ? EntityRecognizer.sourceText(sentences.get(a.sourceSentence()),
                                a.sourceFrom(), a.sourceTo()) : null;
                        found.add(new FoundAttribution(new Span(s.starts[a.contentFrom()], s.ends[a.contentTo() - 1]),
                                source,
                                resolution.claimant(), resolution.attribution(), learnedCue(a)));
                        memory.rememberClaimant(resolution.claimant());
                    }
                }
            }
            return found;
        }

        private void analyzeSentences() {
            for (int k = 0; k < sentences.size(); k++) {
                AnalyzedSentence s = sentences.get(k);
                mentions.add(entityRecognizer.find(s));
                selectable[k] = selector.mayHoldClaim(s, title);
                frames[k] = attributions.detect(s, marks[k], afterDateline(s));
                AttributionMatch match = frames[k].match();
                if (match.kind() == Attribution.DIRECT_QUOTE && match.hasSpeakerTokens()) {
                    quoteGroupSpeaker.putIfAbsent(marks[k].groupStart(), k);
                }
            }
            if (attributionModel != null) {
                AttributionLabel[][] labels = attributionModel.tag(new AttributionFeatures(text, sentences, marks));
                learned = assembler.assemble(sentences, labels, marks);
            }
        }

        private void extractFrom(int k, AnalyzedSentence s, List<ExtractedClaim> claims) {
            if (learned != null && extractLearned(k, s, claims)) {
                return;
            }
            AttributionMatch match = frames[k].match();
            ClaimantResolver.Resolution resolution = null;
            if (match.kind() != Attribution.NONE) {
                if (match.hasSpeakerTokens()) {
                    resolution = claimants.resolve(s, mentions.get(k), match.speakerFrom(), match.speakerTo(),
                            match.kind(), memory);
                } else {
                    resolution = speakerFromNeighbours(k);
                }
                if (resolution == null && match.kind() != Attribution.DIRECT_QUOTE) {
                    match = AttributionMatch.none(s);
                }
            }
            emit(s, match, resolution, cueOf(s, match), match.cueTo() > match.cueFrom() ? match.cueFrom() : -1, false,
                    claims);
        }

        /**
         * One claim (or its decomposed parts) per attribution the model found in the sentence, each with its own
         * claimant. False when that gave no claim (no attribution, no source that resolves, or content too slight
         * to check): the rules then read the sentence as before.
         */
        private boolean extractLearned(int k, AnalyzedSentence s, List<ExtractedClaim> claims) {
            int before = claims.size();
            for (LearnedAttribution a : learned.get(k)) {
                if (!isSpeech(a)) {
                    continue;
                }
                ClaimantResolver.Resolution resolution = resolveLearned(a);
                if (resolution == null) {
                    continue;
                }
                boolean speakerHere = a.hasSource() && a.sourceSentence() == k;
                boolean cueHere = a.hasCue() && a.cueSentence() == k;
                boolean quoted = resolution.attribution() == Attribution.DIRECT_QUOTE
                        || a.kind() == Attribution.DIRECT_QUOTE;
                int contentFrom = claimStart(s, a.contentFrom(), a.contentTo());
                AttributionMatch match = new AttributionMatch(a.kind(), speakerHere ? a.sourceFrom() : 0,
                        speakerHere ? a.sourceTo() : 0, cueHere ? a.cueFrom() : 0, cueHere ? a.cueTo() : 0,
                        contentFrom, a.contentTo(), quoted ? marks[k].quoted() : null);
                emit(s, match, resolution, learnedCue(a), cueHere ? cueHead(s, a.cueFrom(), a.cueTo()) : -1,
                        learned.get(k).size() > 1, claims);
            }
            return claims.size() > before;
        }

        /**
         * PolNeAR also annotates stances towards things ("Tehran is leaning on Moscow as a key player"); a claim
         * needs someone to have said something checkable: a quote, "according to", a cue with a reporting verb of
         * {@link Lexicon#REPORTING_VERBS}, or another cue followed by a finite clause.
         */
        private boolean isSpeech(LearnedAttribution a) {
            if (a.kind() == Attribution.DIRECT_QUOTE || a.kind() == Attribution.ACCORDING_TO) {
                return true;
            }
            AnalyzedSentence content = sentences.get(a.sentence());
            if (!a.hasCue() || content.lower(a.contentFrom()).equals("to")) {
                // An infinitive of intent or a passive hedge ("agreed to pay", "is believed to be held") is not a
                // statement, as in the rules' isReportingVerb.
                return false;
            }
            AnalyzedSentence s = sentences.get(a.cueSentence());
            for (int i = a.cueFrom(); i < a.cueTo(); i++) {
                if (Lexicon.REPORTING_VERBS.contains(s.lower(i))) {
                    return true;
                }
            }
            // Another cue ("blasted", "believes") only when a finite clause follows, not a noun phrase ("leaning on
            // Moscow as a key player").
            for (int i = a.contentFrom(); i < a.contentTo(); i++) {
                if (content.isVerb(i) && (i == 0 || !content.lower(i - 1).equals("to"))) {
                    return true;
                }
            }
            return false;
        }

        private ClaimantResolver.Resolution resolveLearned(LearnedAttribution a) {
            if (!a.hasSource()) {
                // A cue without a tagged source: the name that ends right before it ("Tom Reyes said").
                AnalyzedSentence s = sentences.get(a.cueSentence());
                Mention subject = attributions.subjectMention(s, mentions.get(a.cueSentence()), a.cueFrom());
                return subject == null ? null : claimants.resolve(s, mentions.get(a.cueSentence()), subject.from(),
                        subject.to(), a.kind(), memory);
            }
            int k = a.sourceSentence();
            AnalyzedSentence s = sentences.get(k);
            int from = a.sourceFrom();
            int to = a.sourceTo();
            if (to - from == 1 && s.lower(from).equals("who")) {
                // "Smith, who chairs the panel, said": the relative pronoun speaks for the name before its comma.
                int before = from > 0 && s.words[from - 1].equals(",") ? from - 1 : from;
                for (Mention m : mentions.get(k)) {
                    if (m.to() == before && m.hasName()) {
                        from = m.from();
                        to = m.to();
                        break;
                    }
                }
            }
            return claimants.resolve(s, mentions.get(k), from, to, a.kind(), memory);
        }

        /**
         * The cue as the polarity and hedge readers expect it: the tagged cue without leading adverbs and auxiliaries
         * ("also dismissed" is "dismissed", "has denied" is "denied").
         */
        private String learnedCue(LearnedAttribution a) {
            if (!a.hasCue()) {
                return null;
            }
            AnalyzedSentence s = sentences.get(a.cueSentence());
            return EntityRecognizer.sourceText(s, cueHead(s, a.cueFrom(), a.cueTo()), a.cueTo()).toLowerCase();
        }

        private static int cueHead(AnalyzedSentence s, int from, int to) {
            while (to - from > 1 && ("ADV".equals(s.tags[from]) || "AUX".equals(s.tags[from]))) {
                from++;
            }
            return from;
        }

        /**
         * Where the claim of a PolNeAR-style content starts: past the complementiser ("denied that troops ...") and
         * past a reported-speech noun with its "that" ("dismissed claims that ...", "rejected reports that ...").
         */
        private static int claimStart(AnalyzedSentence s, int from, int to) {
            if (to - from > 3 && "NOUN".equals(s.tags[from]) && s.lower(from + 1).equals("that")
                    && REPORTED_SPEECH_NOUNS.contains(s.lower(from))) {
                return from + 2;
            }
            return to - from > 2 && s.lower(from).equals("that") ? from + 1 : from;
        }

        /**
         * The claims of one attribution frame of a sentence. {@code onePartOfMany}: the sentence holds other
         * attributions too, so, like a decomposed part, the claim keeps only its own times.
         */
        private void emit(AnalyzedSentence s, AttributionMatch match, ClaimantResolver.Resolution resolution,
                          String cue, int cueIndex, boolean onePartOfMany, List<ExtractedClaim> claims) {
            List<Mention> ms = mentions.get(s.index);
            int k = s.index;
            Attribution attribution = resolution != null ? resolution.attribution() : match.kind();
            Claimant claimant = resolution != null ? resolution.claimant() : null;
            if (attribution == Attribution.DIRECT_QUOTE) {
                lastQuoteSpeaker = resolution;
                lastQuoteSentence = k;
            }
            int contentFrom = match.contentFrom();
            int contentTo = match.contentTo();
            if (attribution == Attribution.NONE) {
                contentFrom = afterDateline(s);
                contentTo = s.size();
            }
            boolean quoted = attribution == Attribution.DIRECT_QUOTE;
            String speakerHead = speakerHead(s, match);
            List<ClaimDecomposer.Part> parts = decomposer.split(s, contentFrom, contentTo, cue, cueIndex, quoted);
            for (ClaimDecomposer.Part part : parts) {
                ExtractedClaim claim = claim(s, ms, match, part, claimant, attribution, speakerHead,
                        onePartOfMany || parts.size() > 1);
                if (claim != null) {
                    claims.add(claim);
                }
            }
            if (claimant != null) {
                memory.rememberClaimant(claimant);
            }
        }

        private ExtractedClaim claim(AnalyzedSentence s, List<Mention> ms, AttributionMatch match,
                                     ClaimDecomposer.Part part, Claimant claimant, Attribution attribution,
                                     String speakerHead, boolean decomposed) {
            int from = part.from();
            int to = part.to();
            String cue = part.cue();
            // "Iran urged Russia to ..." and "Israel denied involvement" only read whole: keep speaker and cue.
            int textFrom = from;
            if (cue != null && match.speakerTo() <= part.cueIndex() && match.hasSpeakerTokens()
                    && (Lexicon.DIRECTIVE_VERBS.contains(cue.toLowerCase()) || Lexicon.DENIAL_REPORTING_VERBS.contains(cue.toLowerCase())
                    && from == part.cueIndex() + 1 && !s.lower(from).equals("reports") && !s.lower(from).equals("claims"))) {
                textFrom = match.speakerFrom();
            }
            if (to - from < 2) {
                return null;
            }
            // Quotes keep only the quoted words; a parenthetical "Peskov said" is left out of the text.
            boolean[] quotedMask = attribution != Attribution.NONE ? match.quotedContent() : null;
            ClaimTextBuilder.Built built = texts.build(s, ms, textFrom, to, claimant, memory, quotedMask);
            if (built.text().split(" ").length < 3) {
                return null;
            }
            Polarity claimPolarity = polarity.detect(s, from, to, cue);
            List<String> claimHedges = new ArrayList<>(hedges.detect(s, from, to, attribution, speakerHead, cue));
            if (match.hasSpeakerTokens() && match.speakerFrom() > 0 && match.speakerFrom() < from) {
                for (String h : hedges.detect(s, 0, match.speakerFrom(), Attribution.NONE, null, null)) {
                    if (!claimHedges.contains(h)) {
                        claimHedges.add(h);
                    }
                }
            }
            List<Quantity> claimQuantities = quantities.extract(s, from, to);
            // A decomposed claim keeps only its own times; a whole sentence keeps the times of the statement too.
            int timeFrom = decomposed ? s.starts[from] - s.start
                    : s.starts[afterDateline(s) < s.size() ? afterDateline(s) : 0] - s.start;
            int timeTo = decomposed ? s.ends[to - 1] - s.start : s.text.length();
            List<TimeMention> claimTimes = times.resolve(s.text.substring(timeFrom, timeTo), published);
            List<Entity> claimEntities = built.entities();
            int words = to - from;
            double score = scorer.score(s, from, to, new CheckworthinessScorer.Features(claimQuantities.size(),
                    claimEntities.size(), claimTimes.size(), attribution != Attribution.NONE,
                    attribution == Attribution.DIRECT_QUOTE, words, !claimHedges.isEmpty()));
            if (score < (attribution == Attribution.NONE ? MIN_CHECKWORTHINESS : MIN_ATTRIBUTED_CHECKWORTHINESS)) {
                return null;
            }
            return new ExtractedClaim(built.text(), s.text, new Span(s.start, s.end), claimant, attribution, cue,
                    claimPolarity, !claimHedges.isEmpty(), List.copyOf(claimHedges), score, List.copyOf(claimEntities),
                    List.copyOf(claimTimes), List.copyOf(claimQuantities));
        }

        /** A quote without its own speaker takes the speaker of its quote group or of the quote just before it. */
        private ClaimantResolver.Resolution speakerFromNeighbours(int k) {
            Integer j = quoteGroupSpeaker.get(marks[k].groupStart());
            if (j != null && j != k) {
                AttributionMatch m = frames[j].match();
                AnalyzedSentence speakerSentence = sentences.get(j);
                return claimants.resolve(speakerSentence, mentions.get(j), m.speakerFrom(), m.speakerTo(), m.kind(), memory);
            }
            if (lastQuoteSpeaker != null && lastQuoteSentence == k - 1) {
                return lastQuoteSpeaker;
            }
            // "Cruz continued:" / "Peskov told reporters:" introducing a quote in the next paragraph.
            if (k > 0 && sentences.get(k - 1).text.endsWith(":")) {
                AnalyzedSentence previous = sentences.get(k - 1);
                int[] speaker = attributions.speakerBeforeColon(previous);
                if (speaker != null) {
                    return claimants.resolve(previous, mentions.get(k - 1), speaker[0], speaker[1], Attribution.DIRECT_QUOTE, memory);
                }
            }
            return null;
        }

        private String cueOf(AnalyzedSentence s, AttributionMatch match) {
            if (match.cueTo() <= match.cueFrom()) {
                return null;
            }
            return EntityRecognizer.sourceText(s, match.cueFrom(), match.cueTo()).toLowerCase();
        }

        private String speakerHead(AnalyzedSentence s, AttributionMatch match) {
            for (int i = match.speakerTo() - 1; i >= match.speakerFrom(); i--) {
                if ("NOUN".equals(s.tags[i]) || "PROPN".equals(s.tags[i]) || "PRON".equals(s.tags[i])) {
                    if (Lexicon.ANONYMOUS_HEADS.contains(s.lower(i))) {
                        return s.lower(i);
                    }
                }
            }
            return null;
        }

        private int afterDateline(AnalyzedSentence s) {
            if (s.index > 3) {
                return 0;
            }
            int length = Dateline.length(s.text);
            return length == 0 ? 0 : s.tokenAt(s.start + length);
        }

        /** Records people, organisations and owned nouns ("a message from Khamenei") for later sentences. */
        private void observe(AnalyzedSentence s, List<Mention> ms) {
            for (Mention m : ms) {
                if (m.isPerson() && m.hasName()) {
                    memory.rememberPerson(m.name(), m.role());
                } else if (m.type() == EntityType.OTHER && m.hasName()) {
                    ArticleMemory.Person known = memory.knownPerson(m.name());
                    if (known != null) {
                        memory.rememberPerson(known.name(), known.role());
                    }
                } else if (m.type() == EntityType.ORGANIZATION && m.hasName()) {
                    memory.rememberOrganisation(m.name());
                }
            }
            for (Mention m : ms) {
                ArticleMemory.Person person = m.hasName() ? memory.knownPerson(m.name()) : null;
                if (person == null) {
                    continue;
                }
                int i = m.to();
                if (i < s.size() && s.lower(i).equals("'s")) {
                    int noun = i + 1;
                    while (noun < s.size() - 1 && "ADJ".equals(s.tags[noun])) {
                        noun++;
                    }
                    if (noun < s.size() && ArticleMemory.OWNABLE_NOUNS.contains(s.lower(noun))) {
                        memory.rememberOwner(s.lower(noun), person.name());
                    }
                }
                int verb = i;
                if (verb < s.size() && s.lower(verb).equals("to")) {
                    verb++;
                    if (verb < s.size() && "ADV".equals(s.tags[verb])) {
                        verb++;
                    }
                    if (verb < s.size() && ArticleMemory.OWNABLE_NOUNS.contains(s.lower(verb))) {
                        memory.rememberOwner(s.lower(verb), person.name());
                    }
                }
            }
            for (int i = 0; i + 2 < s.size(); i++) {
                if (ArticleMemory.OWNABLE_NOUNS.contains(s.lower(i)) && s.lower(i + 1).equals("from")) {
                    for (Mention m : ms) {
                        if (m.from() == i + 2 && m.hasName()) {
                            ArticleMemory.Person person = memory.knownPerson(m.name());
                            if (person != null) {
                                memory.rememberOwner(s.lower(i), person.name());
                            }
                        }
                    }
                }
            }
        }
    }
}
