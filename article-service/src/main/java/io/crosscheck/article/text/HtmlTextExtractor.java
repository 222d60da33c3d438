package io.crosscheck.article.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The main text of an HTML page: the article body without scripts, styles, navigation, ads, share bars,
 * newsletter boxes and related-links lists. Paragraph-like blocks become paragraphs separated by a blank line.
 */
public final class HtmlTextExtractor {

    /** Elements that never hold article text. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " form, button, input, select, textarea, nav, header, footer, aside, menu, dialog,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [style~=display:\\s*none]";

    /** Class or id words of page furniture (matched as whole words inside e.g. "top-ad-slot"). */
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[-_\\s])(ad|ads|adv|advert|advertisement|banner|promo|sponsor|sponsored|share|sharing|social"
                    + "|cookie|cookies|consent|newsletter|subscribe|subscription|related|recommended|recirc"
                    + "|comments?|sidebar|breadcrumbs?|popup|modal|outbrain|taboola|paywall|byline-share)([-_\\s]|$)",
            Pattern.CASE_INSENSITIVE);

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, td";

    private HtmlTextExtractor() {
    }

    public record Extracted(String title, String text) {
    }

    public static boolean looksLikeHtml(String body) {
        String head = body.stripLeading();
        head = head.substring(0, Math.min(head.length(), 200)).toLowerCase();
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<body")
                || head.startsWith("<article") || (head.startsWith("<") && head.contains("<p"));
    }

    public static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = pageTitle(doc);
        Element body = doc.body();
        body.select(NEVER_CONTENT).remove();
        removeFurniture(body);
        Element root = mainContent(body);
        return new Extracted(title, TextNormalizer.clean(blocksText(root)));
    }

    private static String pageTitle(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().strip();
    }

    /** Drops furniture by class/id, unless the element holds most of the page's text (a badly named wrapper). */
    private static void removeFurniture(Element body) {
        int total = Math.max(1, body.text().length());
        List<Element> doomed = new ArrayList<>();
        for (Element el : body.getAllElements()) {
            if (el == body || el.tagName().equals("article") || el.tagName().equals("main")) {
                continue;
            }
            String names = el.className() + " " + el.id();
            if (!names.isBlank() && FURNITURE.matcher(names).find() && el.text().length() < total / 2) {
                doomed.add(el);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** The article element with the most text; else main; else the container with the most paragraph text. */
    private static Element mainContent(Element body) {
        Elements articles = body.select("article, [itemprop=articleBody], [role=main], main");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(e -> e.text().length())).orElse(body);
        }
        Element best = body;
        int bestScore = 0;
        for (Element container : body.select("div, section, td")) {
            int score = 0;
            for (Element p : container.children()) {
                if (p.tagName().equals("p")) {
                    score += p.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = container;
            }
        }
        return bestScore > 0 ? best : body;
    }

    private static String blocksText(Element root) {
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            return root.wholeText();
        }
        StringBuilder out = new StringBuilder();
        for (Element block : blocks) {
            // A block inside another block (a <p> inside an <li>) was already written with its parent.
            if (hasBlockAncestor(block, root)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                out.append(text).append("\n\n");
            }
        }
        return out.toString();
    }

    private static boolean hasBlockAncestor(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }
}
