package io.crosscheck.e2e.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reproducible corpus of newswire-style articles (about 300-600 words each) about several distinct, invented
 * events: each event has its own people, places and organisations, so articles about one event form one story
 * and different events form different stories. Every article is unique (own URL, outlet, byline, figures and
 * choice and order of sentences); the same seed gives the same articles. Figures vary between outlets and one
 * article in five carries a denial, as in real coverage, so stories hold corroborated and contested claims.
 */
public final class NewswireCorpus {

    /** One article, ready to post as the gateway's ArticleRequest. */
    public record Article(int event, String title, String body, String source, String url, String author,
                          Instant publishedAt) {

        public Map<String, Object> request() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("title", title);
            json.put("body", body);
            json.put("source", source);
            json.put("url", url);
            json.put("author", author);
            json.put("publishedAt", publishedAt.toString());
            json.put("language", "en");
            return json;
        }

        public int words() {
            return body.split("\\s+").length;
        }
    }

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z0-9]+)}");
    private static final String[] OUTLETS = {"Meridian News", "Capital Wire", "Gulf Monitor", "Baltic Herald",
            "Harbour Times", "Evening Courier", "Northern Dispatch", "Valley Post", "County Herald", "Coastal Gazette",
            "Continental Press", "Morning Ledger", "Atlas Newswire", "Pacific Bulletin", "Highland Observer"};
    private static final String[] REPORTERS = {"Anna Kowal", "Ben Okafor", "Clara Duval", "David Lindqvist",
            "Elena Ruiz", "Farah Qureshi", "George Whitfield", "Hannah Becker", "Ivan Petrenko", "Julia Santos",
            "Kenji Mori", "Laura Bianchi", "Mateo Alvarez", "Nora Haddad", "Oscar Nilsson", "Priya Raman"};

    /**
     * Sentences any event's coverage uses, filled from the event's slots. Keys every event defines: place, city,
     * p1..p4 (names), r1..r4 (roles), o1, o2 (organisations), topic, thing, n1..n3 (figures), day, day2.
     */
    private static final String[] GENERIC = {
            "{R1} {p1} told reporters in {city} on {day} that the government was following the {topic} closely.",
            "{o1} did not immediately respond to a request for comment.",
            "Officials in {city} said further details would be released later in the week.",
            "\"We are doing everything we can, and we will keep the public informed,\" {p2} said in a statement.",
            "It was not clear how long the {topic} would last, according to people familiar with the matter.",
            "{p3}, the {r3}, said the situation remained difficult but under control.",
            "Local media reported that crowds had gathered in the centre of {city} on {day} evening.",
            "A spokesperson for {o2} said the organisation would publish its own assessment on {day2}.",
            "The {topic} has drawn attention across the region, and several neighbouring governments have offered help.",
            "Analysts said the coming days would show whether the response had been adequate.",
            "{p4}, the {r4}, said in an interview that earlier warnings had been ignored.",
            "{o1} said in a written statement that it had acted in line with its obligations.",
            "Residents of {place} described a tense atmosphere, with many shops closed on {day}.",
            "The figures could not be independently verified.",
            "{p1} is expected to speak in parliament on {day2}, according to the office of the {r1}.",
            "Opposition politicians called for an independent inquiry into the handling of the {topic}.",
            "According to {o2}, the full cost of the {topic} will not be known for several weeks.",
            "Television footage showed emergency vehicles and police at the scene in {place}.",
            "\"This is not the time for blame,\" {p2} told a news conference, adding that lessons would be learned.",
            "Earlier this year, {o1} said it had reviewed its procedures after a smaller incident.",
            "Officials said they expected to give an update on the {thing} on {day2}.",
            "Several international organisations said they were ready to send experts to {place} if asked.",
            "The {r4}, {p4}, said the response had been slower than promised.",
            "The government in {city} has faced growing criticism over the {topic} in recent days.",
    };

    /** The events: their slots and the sentences and headlines only their coverage uses. */
    private static final List<Event> EVENTS = List.of(
            new Event(Map.of("place", "the port of Valmora", "city", "Valmora", "p1", "Marta Ostrow", "r1",
                    "labour minister", "p2", "Ines Calder", "r2", "port authority spokeswoman", "p3", "Tomas Reyna",
                    "r3", "union secretary", "p4", "Felipe Arandes", "r4", "shipping association chairman"),
                    Map.of("o1", "the Valmora Port Authority", "o2", "the Dockworkers Union of Valmora",
                            "topic", "port strike", "thing", "pay talks"),
                    new int[][] {{600, 1400}, {25, 90}, {8, 15}},
                    new String[] {"Valmora dock strike leaves {n2} ships waiting", "Strike at Valmora port enters day {n4}",
                            "Dockworkers in Valmora walk out over pay", "Reyna: Valmora strike will go on until pay deal"},
                    new String[] {
                            "About {n1} dock workers at the port of Valmora walked out on {day}, the union said.",
                            "The port authority said {n2} ships were waiting to unload outside Valmora.",
                            "The Dockworkers Union of Valmora is demanding a pay rise of {n3} percent.",
                            "Calder said the port authority had offered a rise of {n5} percent over two years.",
                            "Reyna told a rally outside the port gates that the strike would continue until a deal was signed.",
                            "Ostrow said the labour ministry would host talks between the two sides on {day2}.",
                            "Arandes said exporters were losing millions each day the Valmora terminals stayed closed.",
                            "Container traffic through Valmora fell by {n6} percent in the first days of the strike, the authority said.",
                            "Reyna said the union had warned the port authority about staff shortages for months.",
                            "Ostrow denied that the government planned to order the dock workers back to work.",
                            "Calder denied that the port authority had hired replacement workers during the strike.",
                            "Fuel deliveries to the islands off Valmora were delayed, according to the port authority.",
                            "The last strike at Valmora, in 2019, lasted {n4} days and ended with a pay rise.",
                            "Reyna said about {n1} members had voted for the walkout, while the authority put the figure lower.",
                    }),
            new Event(Map.of("place", "the Karsten valley", "city", "Drevnik", "p1", "Aleksander Holt", "r1",
                    "regional governor", "p2", "Petra Sandvik", "r2", "rescue service chief", "p3", "Jonas Vehr",
                    "r3", "seismologist", "p4", "Mira Dalen", "r4", "Drevnik hospital director"),
                    Map.of("o1", "the Karsten Institute of Seismology", "o2", "the Drevnik Red Cross",
                            "topic", "earthquake", "thing", "rescue operation"),
                    new int[][] {{18, 64}, {120, 480}, {61, 68}},
                    new String[] {"Earthquake in Karsten valley kills at least {n1}", "Drevnik earthquake: rescuers search rubble",
                            "Magnitude {m} quake strikes near Drevnik", "Holt: Drevnik death toll rises to {n1}"},
                    new String[] {
                            "An earthquake of magnitude {m} struck the Karsten valley near Drevnik on {day}, the institute said.",
                            "At least {n1} people were killed and {n2} injured, regional governor Aleksander Holt said.",
                            "Sandvik said rescue teams were still searching collapsed buildings in the old town of Drevnik.",
                            "The Karsten Institute of Seismology said the quake was centred {n6} kilometres north of Drevnik.",
                            "Vehr said aftershocks were likely to continue for several days.",
                            "Dalen said the Drevnik hospital had treated {n2} people and was running short of blood.",
                            "Holt denied that the regional government had ignored warnings about unsafe schools in Drevnik.",
                            "About {n5} thousand people spent the night in tents set up by the Drevnik Red Cross.",
                            "Sandvik said {n4} people had been pulled alive from the rubble since {day}.",
                            "Power was cut to most of the Karsten valley, the regional utility said.",
                            "Vehr said the region had not seen a quake of this size since 1962.",
                            "Holt said the government would pay for the repair of damaged homes in Drevnik.",
                            "The Drevnik Red Cross said it had sent {n5} hundred blankets and water to the valley.",
                    }),
            new Event(Map.of("place", "Norland", "city", "Hallstad", "p1", "Jonas Eklund", "r1", "finance minister",
                    "p2", "Elisabeth Marr", "r2", "central bank governor", "p3", "Viktor Lund", "r3",
                    "opposition finance spokesman", "p4", "Sanna Berglof", "r4", "chief economist at Nordvik Bank"),
                    Map.of("o1", "the Bank of Norland", "o2", "the Norland Statistics Office", "topic",
                            "interest rate decision", "thing", "inflation report"),
                    new int[][] {{25, 75}, {4, 7}, {3, 6}},
                    new String[] {"Bank of Norland raises rates by {n1} basis points", "Marr: Norland rates to stay high",
                            "Norland central bank lifts key rate to {n2}.{n3} percent", "Lund attacks Bank of Norland rate rise"},
                    new String[] {
                            "The Bank of Norland raised its key interest rate by {n1} basis points on {day}.",
                            "The increase takes the rate to {n2}.{n3} percent, its highest level since 2008.",
                            "Marr said inflation in Norland was running at {n2}.{n5} percent and falling too slowly.",
                            "Eklund said the government supported the independence of the Bank of Norland.",
                            "Lund said the rate rise would hurt families with mortgages across Norland.",
                            "Berglof said markets had expected a rise of {n1} basis points.",
                            "The Norland Statistics Office said prices rose {n4} tenths of a percent in the last month.",
                            "Marr denied that the bank had come under political pressure ahead of the decision.",
                            "Eklund denied that the government planned to raise taxes to curb inflation.",
                            "The Norland krona rose against the euro after the announcement, traders in Hallstad said.",
                            "Marr said the board would meet again in {n6} weeks and did not rule out another rise.",
                            "Berglof said house prices in Hallstad had already fallen by {n4} percent this year.",
                            "Two of the board's {n6} members voted for a smaller increase, the minutes showed.",
                    }),
            new Event(Map.of("place", "the Halvex plant", "city", "Bremont", "p1", "Claire Dumaine", "r1",
                    "regional prefect", "p2", "Martin Kessel", "r2", "Halvex Chemicals chief executive", "p3",
                    "Yannick Roussel", "r3", "fire brigade commander", "p4", "Odile Marchetti", "r4",
                    "chemical workers union leader"),
                    Map.of("o1", "Halvex Chemicals", "o2", "the Bremont environmental agency", "topic",
                            "chemical plant fire", "thing", "air quality tests"),
                    new int[][] {{4, 15}, {20, 70}, {2, 9}},
                    new String[] {"Fire at Halvex plant near Bremont kills {n1}", "Bremont residents told to stay indoors after Halvex fire",
                            "Halvex Chemicals blaze: prefect orders inquiry", "Kessel denies safety failings at Halvex Bremont plant"},
                    new String[] {
                            "A fire at the Halvex Chemicals plant near Bremont killed {n1} workers on {day}, the prefect said.",
                            "Dumaine said {n2} people had been taken to hospital, some with serious burns.",
                            "Roussel said about {n6} firefighters had fought the blaze for {n3} hours.",
                            "Residents within {n3} kilometres of the Halvex plant were told to keep windows closed.",
                            "Kessel said Halvex Chemicals would cooperate fully with the inquiry.",
                            "Marchetti said workers had reported leaking valves at the plant several times this year.",
                            "Kessel denied that Halvex Chemicals had cut safety staff at the Bremont plant.",
                            "The Bremont environmental agency said it had found no toxic levels in the air on {day2}.",
                            "Dumaine ordered an inquiry into the cause of the fire at the Halvex plant.",
                            "Marchetti said the union would hold a minute of silence at all Halvex sites.",
                            "The Halvex plant, which opened in 1987, employs about {n5} hundred people in Bremont.",
                            "Roussel said the fire started in a storage hall for solvents, according to early findings.",
                            "Dumaine denied reports that the evacuation order had come too late.",
                    }),
            new Event(Map.of("place", "Tavaria", "city", "Orsk-Tavar", "p1", "Nikolai Varga", "r1", "President",
                    "p2", "Ruben Aldana", "r2", "electoral commission chairman", "p3", "Sofia Brandt", "r3",
                    "opposition leader", "p4", "Hugo Emmerich", "r4", "head of the observer mission"),
                    Map.of("o1", "the Tavarian Central Electoral Commission", "o2", "the Coalition for Fair Elections",
                            "topic", "disputed election", "thing", "vote count"),
                    new int[][] {{51, 62}, {34, 46}, {55, 72}},
                    new String[] {"Varga declared winner of Tavaria election with {n1} percent", "Brandt rejects Tavaria election result",
                            "Observers question count in Tavaria vote", "Tavaria opposition calls protest after Varga win"},
                    new String[] {
                            "President Nikolai Varga won Tavaria's election with {n1} percent of the vote, the commission said.",
                            "Aldana said opposition leader Sofia Brandt received {n2} percent.",
                            "Turnout was {n3} percent, according to the Tavarian Central Electoral Commission.",
                            "Brandt said the vote had been rigged and called for a recount in Orsk-Tavar.",
                            "Aldana denied that ballots had been added to boxes in the capital.",
                            "Emmerich said observers had seen irregularities at {n4} polling stations.",
                            "Varga said the result showed that Tavarians wanted stability.",
                            "The Coalition for Fair Elections said its own count gave Varga {n5} percent.",
                            "Thousands of Brandt supporters gathered in the main square of Orsk-Tavar on {day} evening.",
                            "Varga denied that his government had restricted access to opposition media during the campaign.",
                            "Brandt said she would challenge the result before the Tavarian constitutional court.",
                            "Emmerich said the observer mission would present its final report on {day2}.",
                            "Police in Orsk-Tavar said {n6} people had been detained after the protest.",
                    }),
            new Event(Map.of("place", "Lake Merren", "city", "Kaladi City", "p1", "Farid Nasser", "r1",
                    "defence minister", "p2", "Amara Okonjo", "r2", "chief mediator", "p3", "Idris Kamal", "r3",
                    "rebel commander", "p4", "Lena Sorvik", "r4", "aid coordinator"),
                    Map.of("o1", "the Merren Liberation Front", "o2", "the Merren Relief Mission", "topic",
                            "ceasefire talks", "thing", "prisoner exchange"),
                    new int[][] {{40, 160}, {10, 30}, {2, 8}},
                    new String[] {"Kaladi and rebels agree Lake Merren ceasefire", "Okonjo: Merren truce holds for day {n6}",
                            "Prisoner swap of {n1} agreed at Lake Merren talks", "Kamal says Merren ceasefire at risk"},
                    new String[] {
                            "The Kaladi government and the Merren Liberation Front agreed a ceasefire at talks by Lake Merren on {day}.",
                            "Okonjo said the two sides would exchange {n1} prisoners within {n2} days.",
                            "Nasser said government troops would pull back {n3} kilometres from the front line.",
                            "Kamal said the Merren Liberation Front would respect the ceasefire if the army did.",
                            "Nasser denied that the army had shelled villages near Lake Merren after the truce began.",
                            "Sorvik said aid convoys had reached {n4} villages for the first time in months.",
                            "Okonjo said a monitoring team would be deployed along the shore of Lake Merren.",
                            "Kamal denied that his fighters had recruited children.",
                            "The fighting around Lake Merren has displaced about {n5} thousand people, the relief mission said.",
                            "Sorvik said the Merren Relief Mission needed more trucks to reach the northern shore.",
                            "The talks will resume in Kaladi City on {day2}, Okonjo said.",
                            "Nasser said {n6} soldiers had been killed in the last month of fighting.",
                    }),
            new Event(Map.of("place", "Corvana", "city", "Corvana", "p1", "Lucia Ferraro", "r1", "mayor",
                    "p2", "Paolo Mendez", "r2", "Corvana Water director", "p3", "Irene Castel", "r3",
                    "hydrologist", "p4", "Bruno Saldi", "r4", "farmers association president"),
                    Map.of("o1", "Corvana Water", "o2", "the Corvana Farmers Association", "topic",
                            "drought", "thing", "water rationing"),
                    new int[][] {{18, 32}, {6, 14}, {20, 60}},
                    new String[] {"Corvana rations water as reservoirs fall to {n1} percent", "Drought: Ferraro orders water cuts in Corvana",
                            "Corvana farmers warn of lost harvest", "Mendez: Corvana taps to run {n2} hours a day"},
                    new String[] {
                            "Corvana will ration tap water from {day2}, Mayor Lucia Ferraro said on {day}.",
                            "Mendez said the city's reservoirs were at {n1} percent of capacity.",
                            "Households will receive water for {n2} hours a day, Corvana Water said.",
                            "Castel said rainfall in the region had been {n3} percent below average for two years.",
                            "Saldi said farmers around Corvana could lose half of this year's harvest.",
                            "Ferraro denied that the city had sold water to bottling plants during the drought.",
                            "Mendez denied that leaks in old pipes were wasting a third of Corvana's water.",
                            "The Corvana Farmers Association asked the government for emergency aid.",
                            "Castel said the underground aquifer near Corvana was falling by {n4} centimetres a month.",
                            "Swimming pools and car washes in Corvana must close, Ferraro said.",
                            "Corvana Water said it would bring water by truck to {n5} neighbourhoods.",
                            "Saldi said {n6} farms had already sold part of their herds.",
                    }),
            new Event(Map.of("place", "Skylund airport", "city", "Skylund", "p1", "Daniel Moreau", "r1",
                    "SkyNorth chief executive", "p2", "Greta Nyland", "r2", "aviation regulator director", "p3",
                    "Anders Holm", "r3", "transport minister", "p4", "Rita Paavola", "r4", "pilots union chairwoman"),
                    Map.of("o1", "SkyNorth Airways", "o2", "the Skylund Civil Aviation Office", "topic",
                            "airline collapse", "thing", "repatriation flights"),
                    new int[][] {{2000, 5200}, {30, 95}, {100, 400}},
                    new String[] {"SkyNorth Airways files for bankruptcy", "SkyNorth collapse strands {n2} thousand passengers",
                            "Moreau blames fuel costs for SkyNorth failure", "Holm: no state rescue for SkyNorth"},
                    new String[] {
                            "SkyNorth Airways filed for bankruptcy on {day} and cancelled all its flights, the company said.",
                            "Moreau said about {n1} employees would lose their jobs.",
                            "Nyland said about {n2} thousand passengers were stranded abroad.",
                            "Holm said the government would not use public money to rescue SkyNorth.",
                            "Moreau said fuel costs had risen by {n6} percent in a year.",
                            "Paavola said pilots had not been paid for two months.",
                            "Moreau denied that SkyNorth had sold tickets knowing it would collapse.",
                            "The Skylund Civil Aviation Office said it had arranged {n4} repatriation flights.",
                            "Holm denied that the ministry had been warned of SkyNorth's debts last year.",
                            "SkyNorth owed about {n3} million euros to banks and lessors, according to court papers.",
                            "Nyland said passengers should not go to Skylund airport unless they held a new booking.",
                            "Paavola said the union would ask the court to put wages ahead of other debts.",
                    }));

    private final Random random;
    private final Set<Integer> seen = new HashSet<>();
    private int sequence;

    public NewswireCorpus(long seed) {
        this.random = new Random(seed);
    }

    public static int eventCount() {
        return EVENTS.size();
    }

    /**
     * {@code count} articles spread round-robin over the first {@code events} events, published from
     * {@code start} on, {@code spacing} apart (keep count × spacing under the stories' 7-day window).
     */
    public List<Article> articles(int count, int events, Instant start, Duration spacing) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i % Math.min(events, EVENTS.size()), start.plus(spacing.multipliedBy(i))));
        }
        return articles;
    }

    /** {@code count} articles about one event. */
    public List<Article> aboutOneEvent(int event, int count, Instant start, Duration spacing) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(event % EVENTS.size(), start.plus(spacing.multipliedBy(i))));
        }
        return articles;
    }

    public Article article(int eventIndex, Instant published) {
        for (int attempt = 0; ; attempt++) {
            Article article = generate(eventIndex, published);
            if (seen.add((article.source + article.body).hashCode()) || attempt > 10) {
                return article;
            }
        }
    }

    private Article generate(int eventIndex, Instant published) {
        Event event = EVENTS.get(eventIndex);
        int n = sequence++;
        Map<String, String> slots = new HashMap<>(event.names);
        slots.putAll(event.things);
        for (int k = 0; k < 3; k++) {
            int[] range = event.figures[k];
            slots.put("n" + (k + 1), figure(range[0] + random.nextInt(range[1] - range[0] + 1)));
        }
        slots.put("n4", String.valueOf(2 + random.nextInt(9)));
        slots.put("n5", String.valueOf(3 + random.nextInt(12)));
        slots.put("n6", String.valueOf(5 + random.nextInt(40)));
        slots.put("m", (5 + random.nextInt(2)) + "." + random.nextInt(10));
        DayOfWeek day = published.atOffset(ZoneOffset.UTC).getDayOfWeek();
        slots.put("day", day.minus(random.nextInt(2)).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        slots.put("day2", day.plus(1 + random.nextInt(3)).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        for (int k = 1; k <= 4; k++) {
            String role = slots.get("r" + k);
            slots.put("R" + k, Character.toUpperCase(role.charAt(0)) + role.substring(1));
        }
        slots.put("O1", capitalise(slots.get("o1")));

        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        String author = REPORTERS[random.nextInt(REPORTERS.length)];
        int targetWords = 300 + random.nextInt(301);

        // The lede is always an event fact; then event facts and generic lines, shuffled, until the length is reached.
        List<String> facts = shuffled(java.util.Arrays.copyOfRange(event.sentences, 1, event.sentences.length));
        facts.add(0, event.sentences[0]);
        List<String> generic = shuffled(GENERIC);
        boolean denial = random.nextInt(5) == 0;
        StringBuilder body = new StringBuilder();
        body.append(slots.get("city").toUpperCase(Locale.ROOT)).append(" (").append(outlet).append(") - ");
        int words = 3;
        int f = 0;
        int g = 0;
        int inParagraph = 0;
        while (words < targetWords && (f < facts.size() || g < generic.size())) {
            String template;
            boolean fact = f == 0 || f < facts.size() && (g >= generic.size() || random.nextInt(5) < 3);
            if (fact) {
                template = facts.get(f++);
                if (template.contains("denied") && !denial && f > 1) {
                    continue;  // most articles carry no denial
                }
            } else {
                template = generic.get(g++);
            }
            String sentence = fill(template, slots);
            body.append(sentence);
            words += sentence.split("\\s+").length;
            if (++inParagraph >= 1 + random.nextInt(3)) {
                body.append("\n\n");
                inParagraph = 0;
            } else {
                body.append(' ');
            }
        }
        String title = fill(event.headlines[random.nextInt(event.headlines.length)], slots);
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String domain = outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
        String url = "https://" + domain + "/" + published.toString().substring(0, 10).replace('-', '/') + "/" + slug
                + "-" + n;
        return new Article(eventIndex, title, body.toString().strip(), outlet, url, author, published);
    }

    private List<String> shuffled(String[] sentences) {
        List<String> list = new ArrayList<>(List.of(sentences));
        java.util.Collections.shuffle(list, random);
        return list;
    }

    private static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no slot " + m.group(1) + " in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String s = out.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String figure(int value) {
        return value >= 1000 ? String.format(Locale.ENGLISH, "%,d", value) : String.valueOf(value);
    }

    private record Event(Map<String, String> names, Map<String, String> things, int[][] figures,
                         String[] headlines, String[] sentences) {
    }

    /** Prints a few articles: {@code java ... NewswireCorpus [count] [seed]}. */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        NewswireCorpus corpus = new NewswireCorpus(args.length > 1 ? Long.parseLong(args[1]) : 1);
        for (Article a : corpus.articles(count, EVENTS.size(), Instant.parse("2025-03-03T08:00:00Z"), Duration.ofMinutes(7))) {
            System.out.printf("== [%d] %s | %s | %s | %s | %d words%n%s%n%n", a.event(), a.title(), a.source(), a.url(),
                    a.publishedAt(), a.words(), a.body());
        }
    }
}
