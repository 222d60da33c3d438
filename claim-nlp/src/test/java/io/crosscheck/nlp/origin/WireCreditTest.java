package io.crosscheck.nlp.origin;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WireCreditTest {

    private static final String BODY = " Britain's transport ministry said on Tuesday it would close the Severn rail tunnel"
            + " for six weeks from March. Engineers found cracks in the brick lining last month.";

    @Test
    void datelineCredits() {
        assertEquals(Optional.of("reuters"), agency("LONDON (Reuters) -" + BODY));
        assertEquals(Optional.of("reuters"), agency("LONDON, Feb 4 (Reuters) -" + BODY));
        assertEquals(Optional.of("ap"), agency("WASHINGTON (AP) \u2014" + BODY));
        assertEquals(Optional.of("ap"), agency("HARRISBURG, Pa. (AP) \u2014" + BODY), "'Pa.' is a state, not PA");
        assertEquals(Optional.of("afp"), agency("PARIS, June 3 (AFP) --" + BODY));
        assertEquals(Optional.of("dpa"), agency("BERLIN (dpa) -" + BODY));
        assertEquals(Optional.of("xinhua"), agency("BEIJING, June 3 (Xinhua) --" + BODY));
    }

    @Test
    void closingAndCopyrightCredits() {
        assertEquals(Optional.of("reuters"), agency(BODY + "\n\n\u2014 Reuters"));
        assertEquals(Optional.of("afp"), agency(BODY + " - AFP"));
        assertEquals(Optional.of("ap"), agency(BODY + "\n\u2014 The Associated Press"));
        assertEquals(Optional.of("afp"), agency(BODY + "\nSource: Agence France-Presse"));
        assertEquals(Optional.of("ap"), agency(BODY + "\nCopyright 2025 The Associated Press. All rights reserved."));
    }

    @Test
    void anAgencysOwnArticleCreditsItself() {
        assertEquals(Optional.of("reuters"), WireCredit.agencyOf("Reuters", BODY));
        assertEquals(Optional.of("ap"), WireCredit.agencyOf("The Associated Press", BODY));
        assertEquals(Optional.empty(), WireCredit.agencyOf("Reuters Daily Digest", BODY), "a name, exactly");
    }

    @Test
    void anAgencyQuotedInTheBodyIsNoCredit() {
        assertEquals(Optional.empty(), agency("Kremlin spokesman Dmitry Peskov told Reuters on Wednesday that no letter"
                + " was handed over." + BODY));
        assertEquals(Optional.empty(), agency(BODY + " The ministry confirmed the closure to AFP, according to"
                + " the Associated Press, and the work will cost 40 million pounds."));
        assertEquals(Optional.empty(), agency("A photo (AP Photo/Jane Doe) shows the tunnel." + BODY));
        assertEquals(Optional.empty(), agency(BODY + " Commuters were angry - AP reported protests in Newport on Monday."));
        assertEquals(Optional.empty(), agency(BODY));
        assertEquals(Optional.empty(), WireCredit.agencyOf(null, null));
    }

    @Test
    void theDatelineWinsOverAClosingCreditOfAnotherAgency() {
        assertEquals(Optional.of("reuters"), agency("LONDON (Reuters) -" + BODY + "\n\u2014 AFP"));
    }

    private static Optional<String> agency(String text) {
        return WireCredit.agencyOf("Valley Echo", text);
    }
}
