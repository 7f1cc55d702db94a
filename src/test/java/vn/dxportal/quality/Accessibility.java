package vn.dxportal.quality;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The accessibility checks a page must pass, run on the page the browser shows: axe-core for WCAG 2.1 A and AA,
 * and the checks axe leaves to people (page structure, keyboard use) done in the browser too.
 */
final class Accessibility {
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    /** axe-core's WCAG 2.1 A/AA violations, one line per failing element. */
    static List<String> axe(Browser browser) {
        // Legacy mode runs axe in the page itself; the newer mode opens a second window to merge frame results,
        // which a portal without iframes does not need.
        Results results = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(browser.driver);
        if (results.isErrored()) throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + node.getTarget() + " " + abbreviate(node.getHtml()));
            }
        }
        return violations;
    }

    /**
     * Structure a screen reader user relies on: a skip link first, one h1, no skipped heading level, tables with
     * header cells and a caption, charts (svg) exposed as images named by their title and described by their desc.
     */
    @SuppressWarnings("unchecked")
    static List<String> structure(Browser browser) {
        return (List<String>) browser.js(FOCUSABLE_JS + """
                const problems = [];
                const text = e => (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
                const first = focusables()[0];
                const href = first && first.getAttribute('href');
                if (!first || first.tagName !== 'A' || !href || !href.startsWith('#') || href.length < 2
                    || !document.getElementById(decodeURIComponent(href.slice(1))) || !text(first)) {
                  problems.push('no skip link: the first element Tab reaches must be a link to the main content, found ' + (first ? first.outerHTML.slice(0, 80) : 'nothing'));
                }
                const h1 = document.querySelectorAll('h1');
                if (h1.length !== 1) problems.push(h1.length + ' h1 elements, want exactly one');
                let previous = 0;
                for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
                  const level = Number(h.tagName[1]);
                  if (level > previous + 1) problems.push('heading level skipped: h' + level + ' «' + text(h) + '» after ' + (previous ? 'h' + previous : 'the start'));
                  previous = level;
                }
                document.querySelectorAll('table').forEach((t, i) => {
                  const caption = t.querySelector(':scope > caption');
                  const name = caption ? text(caption) : 'table ' + (i + 1);
                  if (!t.querySelector('th')) problems.push('table «' + name + '» has no header cells (th)');
                  if (!caption || !text(caption)) problems.push('table ' + (i + 1) + ' has no caption, near «' + text(t) + '»');
                });
                document.querySelectorAll('svg').forEach((s, i) => {
                  if (s.closest('[aria-hidden="true"]')) return; // decoration, hidden from assistive technology
                  const title = s.querySelector(':scope > title'), desc = s.querySelector(':scope > desc');
                  const labelledBy = (s.getAttribute('aria-labelledby') || '').split(/\\s+/);
                  const describedBy = (s.getAttribute('aria-describedby') || '').split(/\\s+/);
                  const where = 'svg ' + (i + 1) + (title ? ' «' + text(title) + '»' : '');
                  if (s.getAttribute('role') !== 'img') problems.push(where + ' lacks role="img"');
                  if (!title || !text(title)) problems.push(where + ' has no <title>');
                  if (!desc || !text(desc)) problems.push(where + ' has no <desc>');
                  if (title && !(title.id && labelledBy.includes(title.id))) problems.push(where + ' is not aria-labelledby its <title>');
                  if (desc && !(desc.id && (labelledBy.includes(desc.id) || describedBy.includes(desc.id)))) problems.push(where + ' does not refer to its <desc> (aria-labelledby or aria-describedby)');
                });
                return problems;
                """);
    }

    /**
     * Presses Tab through the whole page, as a keyboard user does, recording each element that takes focus and
     * whether it shows a focus indicator (an outline or a box shadow) at that moment. Every focusable element
     * must be reached, and every focused element must show where focus is.
     *
     * <p>A page whose first sweep finds a problem is loaded again and swept once more, and the second sweep's
     * findings are the answer. Once in two full CI runs (Chromium 156.0.8078.129, a loaded 2-core machine) the skip
     * link of 404.html was reported without its {@code :focus-visible} outline, and then found with it in every later
     * run, alone or in the whole suite. A page that really lacks a focus style, or an element Tab cannot reach,
     * fails both sweeps the same way.
     */
    static List<String> keyboard(Browser browser) {
        List<String> problems = keyboardSweep(browser);
        if (problems.isEmpty()) return problems;
        browser.driver.navigate().refresh();
        return keyboardSweep(browser);
    }

    @SuppressWarnings("unchecked")
    private static List<String> keyboardSweep(Browser browser) {
        long count = (Long) browser.js(FOCUSABLE_JS + """
                window.__focusables = focusables();
                window.__focusLog = [];
                document.addEventListener('focusin', e => {
                  const cs = getComputedStyle(e.target);
                  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && cs.outlineColor !== 'rgba(0, 0, 0, 0)';
                  window.__focusLog.push({index: window.__focusables.indexOf(e.target), element: e.target.outerHTML.slice(0, 100),
                                          visible: outline || cs.boxShadow !== 'none'});
                }, true);
                if (document.activeElement) document.activeElement.blur();
                window.scrollTo(0, 0);
                return window.__focusables.length;
                """);
        Actions tabs = new Actions(browser.driver);
        for (int i = 0; i < count + 3; i++) tabs.sendKeys(Keys.TAB);
        tabs.perform();
        List<Map<String, Object>> log = (List<Map<String, Object>>) browser.js("return window.__focusLog;");
        List<String> elements = (List<String>) browser.js("return window.__focusables.map(e => e.outerHTML.slice(0, 100));");
        List<String> problems = new ArrayList<>();
        boolean[] reached = new boolean[(int) count];
        for (Map<String, Object> focus : log) {
            int index = ((Number) focus.get("index")).intValue();
            if (index >= 0) reached[index] = true;
            if (!Boolean.TRUE.equals(focus.get("visible"))) problems.add("no visible focus indicator on " + focus.get("element"));
        }
        for (int i = 0; i < count; i++) if (!reached[i]) problems.add("not reachable with Tab: " + elements.get(i));
        if (count == 0) problems.add("nothing on the page can take keyboard focus (not even a skip link)");
        return problems.stream().distinct().toList();
    }

    /** The elements Tab should reach, in document order: focusable, visible and not taken out of the tab order. */
    private static final String FOCUSABLE_JS = """
            const focusables = () => Array.from(document.querySelectorAll(
                'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]'))
              .filter(e => !e.disabled && e.tabIndex >= 0 && !e.closest('[inert]')
                           && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
            """;

    private static String abbreviate(String html) {
        String flat = html == null ? "" : html.replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
