package io.crosscheck.nlp.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the article has said so far about who is who: full names by surname, roles, the last person and claimant
 * mentioned, organisations, and which person owns "the message"/"the appeal". Lets later sentences resolve "Peskov",
 * "He", "the Kremlin representative" and "the message" to what the article said earlier. One per extraction.
 */
final class ArticleMemory {
    record Person(String name, String role) {
    }

    private static final Set<String> LEADER_WORDS = Set.of("president", "premier", "leader", "chancellor", "king",
            "queen", "emir", "monarch", "ruler");
    private static final Set<String> SPOKES_WORDS = Set.of("spokesman", "spokeswoman", "spokesperson", "representative",
            "official", "spokesmen", "aide", "press secretary");
    static final Set<String> OWNABLE_NOUNS = Set.of("message", "letter", "appeal", "request", "call", "statement",
            "proposal", "offer", "plan", "warning", "demand", "decision", "visit", "remarks", "comments", "announcement",
            "plea", "note", "order", "speech", "report", "ultimatum", "invitation");

    private final Gazetteer gazetteer;
    private final Map<String, Person> bySurname = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final List<String> organisations = new ArrayList<>();
    private final Map<String, String> ownerOfNoun = new HashMap<>();
    private Person lastPerson;
    private Claimant lastClaimant;

    ArticleMemory(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Registers a named person; returns the canonical (longest known) version. */
    Person rememberPerson(String name, String role) {
        String[] parts = name.split(" ");
        String surname = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        Person known = bySurname.get(surname);
        Person person;
        if (known == null) {
            person = new Person(name, role);
        } else if (parts.length > known.name().split(" ").length && name.endsWith(known.name())
                || known.name().split(" ").length == 1) {
            person = new Person(name, known.role() != null ? known.role() : role);
        } else if (known.name().endsWith(name) || sameFirstName(known.name(), name)) {
            person = known.role() == null && role != null ? new Person(known.name(), role) : known;
        } else {
            person = new Person(name, role); // another person with the same surname; the newer one wins
        }
        bySurname.put(surname, person);
        people.remove(known);
        people.add(person);
        lastPerson = person;
        return person;
    }

    private static boolean sameFirstName(String a, String b) {
        return a.split(" ")[0].equalsIgnoreCase(b.split(" ")[0]);
    }

    /** The full name for "Putin" or "Vladimir Putin" if the article introduced the person, else null. */
    Person knownPerson(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] parts = name.split(" ");
        Person known = bySurname.get(parts[parts.length - 1].toLowerCase(Locale.ROOT));
        if (known != null && (known.name().endsWith(name) || parts.length > 1 && sameFirstName(known.name(), name)
                || known.name().equals(name))) {
            return known;
        }
        return null;
    }

    void rememberOrganisation(String name) {
        organisations.remove(name);
        organisations.add(name);
    }

    /** The last organisation that looks like a company (Inc., Corp., Group ...), else the last organisation. */
    String lastCompany() {
        for (int i = organisations.size() - 1; i >= 0; i--) {
            String name = organisations.get(i).toLowerCase(Locale.ROOT);
            if (name.matches(".*\\b(inc|corp|ltd|plc|llc|group|company|co|holdings|ag|sa|gmbh)\\.?$")) {
                return organisations.get(i);
            }
        }
        return lastOrganisation();
    }

    String lastOrganisation() {
        return organisations.isEmpty() ? null : organisations.get(organisations.size() - 1);
    }

    /** The last organisation whose name contains the keyword ("the ministry" → "Russian Foreign Ministry"). */
    String organisationWith(String keyword) {
        for (int i = organisations.size() - 1; i >= 0; i--) {
            if (organisations.get(i).toLowerCase(Locale.ROOT).contains(keyword)) {
                return organisations.get(i);
            }
        }
        return null;
    }

    void rememberOwner(String noun, String owner) {
        ownerOfNoun.put(noun.toLowerCase(Locale.ROOT), owner);
    }

    String ownerOf(String noun) {
        return ownerOfNoun.get(noun.toLowerCase(Locale.ROOT));
    }

    void rememberClaimant(Claimant claimant) {
        if (claimant != null && claimant.name() == null && claimant.role() == null) {
            return;  // an unidentified source ("they") is nobody a later "he" or "they" can refer back to
        }
        lastClaimant = claimant;
        if (claimant != null && claimant.name() != null) {
            Person person = knownPerson(claimant.name());
            if (person != null) {
                lastPerson = person;
            }
        }
    }

    /** Whether the claimant is a person the article has named (not an organisation or an unnamed source). */
    boolean isKnownPerson(Claimant claimant) {
        return claimant != null && claimant.name() != null && knownPerson(claimant.name()) != null;
    }

    Claimant lastClaimant() {
        return lastClaimant;
    }

    Person lastPerson() {
        return lastPerson;
    }

    /**
     * A person whose role matches a description: "the Kremlin representative" → the Kremlin spokesman, "the Russian
     * leader" → the Russian President, "the Iranian foreign minister" → the Iranian Foreign Minister. Null when no
     * person or more than one matches equally.
     */
    Person byDescription(String description) {
        if (description == null) {
            return null;
        }
        List<String> words = words(description);
        if (words.isEmpty()) {
            return null;
        }
        Person best = null;
        for (int i = people.size() - 1; i >= 0; i--) {
            Person person = people.get(i);
            if (person.role() != null && describes(words, words(person.role()))) {
                if (best == null) {
                    best = person;
                }
            }
        }
        return best;
    }

    private boolean describes(List<String> description, List<String> role) {
        String title = description.get(description.size() - 1);
        String roleTitle = role.get(role.size() - 1);
        boolean titleMatches = title.equals(roleTitle)
                || title.equals(roleTitle + "s")
                || LEADER_WORDS.contains(title) && isLeaderRole(role)
                || SPOKES_WORDS.contains(title) && SPOKES_WORDS.contains(roleTitle);
        if (!titleMatches) {
            return false;
        }
        for (String word : description.subList(0, description.size() - 1)) {
            String country = gazetteer.countryOf(word);
            boolean found = false;
            for (String r : role) {
                if (r.equals(word) || country != null && country.equals(gazetteer.countryOf(r))) {
                    found = true;
                    break;
                }
            }
            if (!found && !isVague(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVague(String word) {
        return Set.of("former", "senior", "top", "new", "current", "then", "country's", "nation's", "state's",
                "government's").contains(word);
    }

    private static boolean isLeaderRole(List<String> role) {
        boolean vice = role.contains("vice") || role.contains("deputy") || role.contains("former");
        if (vice) {
            return false;
        }
        for (int i = 0; i < role.size(); i++) {
            String w = role.get(i);
            if (LEADER_WORDS.contains(w) || w.equals("minister") && i > 0 && role.get(i - 1).equals("prime")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s,]+")) {
            if (!w.isEmpty() && !w.equals("the") && !w.equals("a") && !w.equals("an") && !w.equals("of")) {
                words.add(w);
            }
        }
        return words;
    }
}
