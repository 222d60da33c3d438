package io.crosscheck.nlp.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimesAndQuantitiesTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 6, 25);
    private final TimeResolver times = new TimeResolver();

    private List<String> values(String text) {
        return times.resolve(text, WEDNESDAY).stream().map(TimeMention::value).toList();
    }

    @Test
    void weekdaysResolveToTheMostRecentOne() {
        assertEquals(List.of("2025-06-24"), values("The talks ended on Tuesday."));
        assertEquals(List.of("2025-06-25"), values("He spoke on Wednesday."));
    }

    @Test
    void monthDayWithoutYearIsInThePast() {
        assertEquals(List.of("2025-06-23"), values("Araghchi visited Moscow on June 23."));
        assertEquals(List.of("2024-12-05"), values("The deal was signed on December 5."));
    }

    @Test
    void relativeExpressionsResolveToWeeksMonthsAndYears() {
        // 2025-06-25 is the Wednesday of ISO week 26.
        assertEquals(List.of("2025-W26"), values("Shipments resumed earlier this week."));
        assertEquals(List.of("2025-W26"), values("Shipments resumed this week."));
        assertEquals(List.of("2025-W25"), values("Shipments resumed last week."));
        assertEquals(List.of("2025-W24"), values("The truce was brokered weeks ago."));
        assertEquals(List.of("2025-06-24"), values("The minister resigned yesterday."));
        assertEquals(List.of("2025-05"), values("Prices rose last month."));
        assertEquals(List.of("2024"), values("The law was passed in 2024."));
    }

    @Test
    void fullDatesAndMonthsAreExact() {
        assertEquals(List.of("2025-03-05"), values("The strike was called on 5 March 2025."));
        assertEquals(List.of("2024-08"), values("He has served since August 2024."));
        assertEquals(List.of("2023-09-11"), values("It happened on Sept. 11, 2023."));
    }

    @Test
    void withoutAPublicationDateOnlyAbsoluteTimesResolve() {
        assertEquals(List.of("2024"), times.resolve("On Tuesday the law from 2024 was repealed.", null).stream().map(TimeMention::value).toList());
    }

    @Test
    void quantitiesCarryWhatTheyCount() {
        List<Quantity> q = SharedExtractor.extract("A fire killed 12 workers and the bank cut rates by 50 basis points, "
                + "while inflation fell to 4 percent and 1.2 million people lost power after $3.5 billion in damage.", WEDNESDAY)
                .stream().flatMap(c -> c.quantities().stream()).toList();
        assertTrue(q.contains(new Quantity("12 workers", 12, "workers")), q.toString());
        assertTrue(q.contains(new Quantity("50 basis points", 50, "basis points")), q.toString());
        assertTrue(q.contains(new Quantity("4 percent", 4, "percent")), q.toString());
        assertTrue(q.contains(new Quantity("1.2 million people", 1.2e6, "people")), q.toString());
        assertTrue(q.contains(new Quantity("$3.5 billion", 3.5e9, "USD")), q.toString());
    }

    @Test
    void yearsAndDatesAreNotQuantities() {
        List<Quantity> q = SharedExtractor.extract("The plant opened on June 12 in 2019 and employs 300 people.", WEDNESDAY)
                .stream().flatMap(c -> c.quantities().stream()).toList();
        assertEquals(List.of(new Quantity("300 people", 300, "people")), q);
    }
}
