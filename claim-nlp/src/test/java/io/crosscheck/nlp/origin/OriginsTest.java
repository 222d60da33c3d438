package io.crosscheck.nlp.origin;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.crosscheck.nlp.origin.OriginTexts.OWN_REPORT;
import static io.crosscheck.nlp.origin.OriginTexts.UNION_REPORT;
import static io.crosscheck.nlp.origin.OriginTexts.WIRE;
import static io.crosscheck.nlp.origin.OriginTexts.WIRE_NEW_DATELINE_AND_ENDING;
import static io.crosscheck.nlp.origin.OriginTexts.WIRE_UNCREDITED_AND_CUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OriginsTest {

    @Test
    void lightlyEditedCopiesAreNearIdentical() {
        assertTrue(near(WIRE, WIRE_NEW_DATELINE_AND_ENDING), "a new dateline and closing paragraph");
        assertTrue(near(WIRE, WIRE_UNCREDITED_AND_CUT), "the credit dropped, the end cut, a word changed");
        assertTrue(near(WIRE_NEW_DATELINE_AND_ENDING, WIRE_UNCREDITED_AND_CUT));
    }

    @Test
    void ownReportsOfTheSameEventAreNot() {
        for (String copy : List.of(WIRE, WIRE_NEW_DATELINE_AND_ENDING, WIRE_UNCREDITED_AND_CUT)) {
            assertFalse(near(copy, OWN_REPORT), "the same facts, names and a quote, in the outlet's own words");
            assertFalse(near(copy, UNION_REPORT), "the same union quote at length");
        }
        assertFalse(near(OWN_REPORT, UNION_REPORT));
    }

    @Test
    void copiesShareTheAgencysOriginAndOwnReportsKeepTheirOwn() {
        List<String> origins = Origins.of(List.of(
                uncredited("own", OWN_REPORT),
                trace("wire", WIRE),
                uncredited("cut", WIRE_UNCREDITED_AND_CUT),
                trace("union", UNION_REPORT),
                trace("redated", WIRE_NEW_DATELINE_AND_ENDING)));
        assertEquals(List.of("own", "agency:reuters", "agency:reuters", "union", "agency:reuters"), origins,
                "the uncredited copy joins the agency through its text");
    }

    @Test
    void uncreditedCopiesAreLabelledWithTheirEarliestArticle() {
        List<String> origins = Origins.of(List.of(
                uncredited("first", WIRE_UNCREDITED_AND_CUT),
                uncredited("own", OWN_REPORT),
                new Origins.Trace("second", TextSignature.of(WIRE.replace("(Reuters) ", "")), null)));
        assertEquals(List.of("first", "own", "first"), origins);
    }

    @Test
    void articlesCreditingOneAgencyShareItsOriginWhateverTheirText() {
        List<String> origins = Origins.of(List.of(
                new Origins.Trace("morning", TextSignature.of(OWN_REPORT), "afp"),
                new Origins.Trace("evening", TextSignature.of(UNION_REPORT), "afp"),
                new Origins.Trace("other", TextSignature.of(WIRE), "reuters"),
                new Origins.Trace("unsigned", null, null)));
        assertEquals(List.of("agency:afp", "agency:afp", "agency:reuters", "unsigned"), origins);
    }

    @Test
    void copiesAmongThousandsOfReportsFindEachOther() {
        Random random = new Random(14);
        List<Origins.Trace> traces = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String text = i % 100 == 7 ? WIRE_UNCREDITED_AND_CUT + " Copy " + i + "." : randomReport(random);
            traces.add(new Origins.Trace("a" + i, TextSignature.of(text), null));
        }
        List<String> origins = Origins.of(traces);
        for (int i = 0; i < traces.size(); i++) {
            assertEquals(i % 100 == 7 ? "a7" : "a" + i, origins.get(i));
        }
    }

    /** 150 words drawn from 3,000: two such texts share next to no 4-word sequence. */
    private static String randomReport(Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 150; w++) {
            text.append("w").append(random.nextInt(3_000)).append(w % 15 == 14 ? ". " : " ");
        }
        return text.toString();
    }

    private static boolean near(String a, String b) {
        return Origins.nearIdentical(TextSignature.of(a), TextSignature.of(b));
    }

    private static Origins.Trace trace(String id, String text) {
        return new Origins.Trace(id, TextSignature.of(text), WireCredit.agencyOf("Valley Echo", text).orElse(null));
    }

    private static Origins.Trace uncredited(String id, String text) {
        Origins.Trace trace = trace(id, text);
        assertEquals(null, trace.agency());
        return trace;
    }
}
