package io.crosscheck.nlp.extract;

import io.crosscheck.nlp.text.AnalyzedSentence;
import io.crosscheck.nlp.text.Lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and phrases that weaken a claim: evidential adverbs (reportedly, allegedly), modals (may, might, could),
 * raising verbs (appears to, is believed to), uncertainty (it is unclear), conditionals (if, unless), speculation,
 * and hedging attributions ("sources suggest", "analysts believe").
 */
final class HedgeDetector {
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,4}(st|nd|rd|th)?,?");
    private static final Pattern MONTH_CONTEXT = Pattern.compile(
            "\\d{1,2}|in|of|early|late|mid|since|until|last|next|to|by|from|through");

    List<String> detect(AnalyzedSentence s, int from, int to, Attribution attribution, String speakerHead, String cue) {
        Set<String> hedges = new LinkedHashSet<>();
        String lowered = PolarityDetector.lowered(s, from, to);
        Matcher m = Lexicon.HEDGE_PHRASES.matcher(lowered);
        while (m.find()) {
            String hedge = m.group(1);
            if (hedge.equals("may") && isMonthMay(s, from, to)) {
                continue;
            }
            if ((hedge.equals("suggest") || hedge.equals("suggests") || hedge.equals("suggested")) && attribution == Attribution.NONE
                    && !hasSubjectSources(lowered, m.start())) {
                hedges.add(hedge);
                continue;
            }
            hedges.add(hedge);
        }
        if (cue != null) {
            String lowerCue = cue.toLowerCase();
            if (attribution == Attribution.ANONYMOUS && speakerHead != null
                    && Lexicon.HEDGING_REPORTING_VERBS.contains(lowerCue)) {
                hedges.add(speakerHead + " " + lowerCue);
            } else if (Lexicon.HEDGING_REPORTING_VERBS.contains(lowerCue)) {
                hedges.add(lowerCue);
            }
        }
        return new ArrayList<>(hedges);
    }

    private static boolean hasSubjectSources(String lowered, int at) {
        return lowered.substring(0, at).endsWith("sources ");
    }

    private static boolean isMonthMay(AnalyzedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.words[i].equals("May") && (i + 1 < to && DAY_NUMBER.matcher(s.words[i + 1]).matches()
                    || i > from && MONTH_CONTEXT.matcher(s.words[i - 1]).matches())) {
                return true;
            }
        }
        return false;
    }
}
