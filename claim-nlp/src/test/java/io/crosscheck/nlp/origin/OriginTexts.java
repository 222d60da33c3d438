package io.crosscheck.nlp.origin;

/**
 * Texts written for these tests on one invented event: a wire report, the copies outlets make of it (dateline,
 * closing paragraph or credit changed, the end cut), and two outlets' own reports that share its names and quotes.
 */
final class OriginTexts {

    static final String WIRE = """
            LONDON (Reuters) - Britain's transport ministry said on Tuesday it would close the Severn rail tunnel for \
            six weeks from March to repair water damage, forcing thousands of commuters between Bristol and Cardiff \
            onto replacement buses.

            The 138-year-old tunnel, one of the oldest still in use on the main line, has flooded three times since \
            January, and engineers found cracks in the brick lining last month, the ministry said in a statement.

            "Safety comes first, and the repairs cannot wait any longer," Transport Secretary Helen Marsh told \
            reporters in London. "We know this will be hard for passengers, and we will run extra buses at peak hours."

            Great Western Railway, which operates most services through the tunnel, said about 26,000 passengers a \
            day would be affected and that journeys could take up to an hour longer during the closure.

            Unions criticised the timing. "Closing the tunnel in the spring, with no warning, shows the network has \
            been starved of money for years," said Daniel Prior of the RMT union.

            The ministry said the repairs would cost about 40 million pounds and would be paid from the rail budget. \
            (Reporting by Anna Feld; Editing by Mark Rowe)""";

    /** The outlet's dateline and a sentence of its own at the end; the credit kept in the dateline. */
    static final String WIRE_NEW_DATELINE_AND_ENDING = """
            LONDON, Feb 4 (Reuters) - Britain's transport ministry said on Tuesday it would close the Severn rail \
            tunnel for six weeks from March to repair water damage, forcing thousands of commuters between Bristol \
            and Cardiff onto replacement buses.

            The 138-year-old tunnel, one of the oldest still in use on the main line, has flooded three times since \
            January, and engineers found cracks in the brick lining last month, the ministry said in a statement.

            "Safety comes first, and the repairs cannot wait any longer," Transport Secretary Helen Marsh told \
            reporters in London. "We know this will be hard for passengers, and we will run extra buses at peak hours."

            Great Western Railway, which operates most services through the tunnel, said about 26,000 passengers a \
            day would be affected and that journeys could take up to an hour longer during the closure.

            Unions criticised the timing. "Closing the tunnel in the spring, with no warning, shows the network has \
            been starved of money for years," said Daniel Prior of the RMT union.

            Readers in Newport told the Valley Echo they feared the buses would be full before they reached the town.""";

    /** No credit at all, the dateline dropped, the last two paragraphs cut and a word or two changed. */
    static final String WIRE_UNCREDITED_AND_CUT = """
            Britain's transport ministry said on Tuesday it would close the Severn rail tunnel for six weeks from March \
            to repair water damage, forcing thousands of commuters between Bristol and Cardiff onto replacement buses.

            The 138-year-old tunnel, one of the oldest still in use on the main line, has flooded three times since \
            January, and engineers found cracks in its brick lining last month, the ministry said in a statement.

            "Safety comes first, and the repairs cannot wait any longer," Transport Secretary Helen Marsh told \
            reporters in London. "We know this will be hard for passengers, and we will run extra buses at peak hours."

            Great Western Railway, which runs most services through the tunnel, said about 26,000 passengers a \
            day would be affected and that journeys could take up to an hour longer during the closure.""";

    /** An outlet's own report of the event: the same facts, names and one quote, its own sentences. */
    static final String OWN_REPORT = """
            Commuters between Cardiff and Bristol face six weeks of replacement buses from March after ministers \
            decided to shut the Severn rail tunnel for urgent repairs. The tunnel, opened in 1886, has flooded three \
            times this year, and inspectors found cracks in its lining in January.

            "Safety comes first, and the repairs cannot wait any longer," Transport Secretary Helen Marsh said on \
            Tuesday. Great Western Railway put the number of affected passengers at 26,000 a day.

            Our correspondent travelled through the tunnel on Tuesday morning: water was dripping from the roof near \
            the Welsh portal, and trains slowed to walking pace. Local businesses in Severn Tunnel Junction said they \
            expected to lose customers. The repairs are expected to cost 40 million pounds.""";

    /** Another outlet's own report, quoting the union at length. */
    static final String UNION_REPORT = """
            The RMT union has attacked the government's decision to close the Severn rail tunnel for six weeks this \
            spring. "Closing the tunnel in the spring, with no warning, shows the network has been starved of money \
            for years," Daniel Prior of the RMT said, adding that staff learned of the closure from the news.

            The transport ministry announced on Tuesday that the Victorian tunnel between England and Wales would shut \
            from March after repeated flooding. Passengers will be moved onto buses, which the union says cannot \
            cope with 26,000 journeys a day. Ministers say the work will cost 40 million pounds.""";

    private OriginTexts() {
    }
}
