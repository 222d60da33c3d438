package io.crosscheck.problem;

import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParametersTest {

    @Test
    void absentGivesTheFallbackAndAValidValueItself() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(20, QueryParameters.integer("size", null, 20, 1, 100, errors));
        assertEquals(20, QueryParameters.integer("size", " ", 20, 1, 100, errors));
        assertEquals(7, QueryParameters.integer("size", " 7 ", 20, 1, 100, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void malformedAndOutOfRangeValuesNameTheirField() {
        List<FieldError> errors = new ArrayList<>();
        QueryParameters.integer("page", "two", 0, 0, 1000, errors);
        QueryParameters.integer("size", "1000", 20, 1, 100, errors);
        QueryParameters.integer("size", "99999999999", 20, 1, 100, errors);
        assertEquals(List.of(new FieldError("page", "must be an integer"),
                new FieldError("size", "must be between 1 and 100"),
                new FieldError("size", "must be an integer")), errors);
    }

    @Test
    void aWordOutsideTheAllowedOnesNamesItsFieldAndTheWords() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals("recent", QueryParameters.oneOf("sort", null, "recent", List.of("recent", "contested"), errors));
        assertEquals("contested", QueryParameters.oneOf("sort", " contested ", "recent", List.of("recent", "contested"), errors));
        assertTrue(errors.isEmpty());
        assertEquals("recent", QueryParameters.oneOf("sort", "loudest", "recent", List.of("recent", "contested"), errors));
        assertEquals(List.of(new FieldError("sort", "must be one of recent, contested")), errors);
    }
}
