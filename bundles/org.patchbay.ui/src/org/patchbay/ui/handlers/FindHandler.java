package org.patchbay.ui.handlers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.core.live.LiveNode;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Node;
import org.patchbay.model.topology.TopologySearch;
import org.patchbay.ui.editor.TopologyEditor;

/**
 * Edit > Find… (Ctrl+F): finds nodes by name, IPv4 address or MAC, narrowed by role:, state:, ip:,
 * mac:, name: (see {@link TopologySearch}), selects them on the canvas (so the other views follow)
 * and says how many in the status line. Edit > Filter… (Ctrl+Alt+F) fades what does not match instead;
 * an empty filter ends it. The {@code query} parameter skips the dialog.
 */
public final class FindHandler extends AbstractHandler {

    public static final String QUERY_PARAMETER = "org.patchbay.ui.commands.find.query";
    /** "find" (select the matches, the default), "filter" (fade everything else, and keep doing so) or "clear" (end a filter). */
    public static final String MODE_PARAMETER = "org.patchbay.ui.commands.find.mode";
    private static final String HINT = "Name, IP or MAC; narrow with role:router, state:down|up|failed|busy, ip:10.0., mac:02:00, name:left";
    private String last = "";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof TopologyEditor editor)) {
            return null;
        }
        String mode = event.getParameter(MODE_PARAMETER) == null ? "find" : event.getParameter(MODE_PARAMETER);
        if (mode.equals("clear")) {
            return clearFilter(editor);
        }
        String text = event.getParameter(QUERY_PARAMETER);
        if (text == null) {
            InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), mode.equals("filter") ? "Filter" : "Find",
                    mode.equals("filter") ? HINT + ". Everything else is faded until Edit > Clear Filter (or an empty filter)." : HINT, last, value -> {
                if (mode.equals("filter") && value.isBlank()) {
                    return null;
                }
                try {
                    TopologySearch.parse(value);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
            if (dialog.open() != Window.OK) {
                return null;
            }
            text = dialog.getValue();
        }
        if (mode.equals("filter") && text.isBlank()) {
            return clearFilter(editor);
        }
        last = text;
        TopologySearch.Query query;
        try {
            query = TopologySearch.parse(text);
        } catch (IllegalArgumentException e) {
            editor.showStatus(e.getMessage());
            return List.of();
        }
        TestbedSession session = editor.live();
        TopologySearch.Query filterQuery = query;
        java.util.function.Supplier<List<DiagramElement>> matches = () -> {
            Set<String> failed = session.testbed() == null ? Set.of() : session.testbed().failedNodes().keySet();
            return TopologySearch.find(editor.cluster(), filterQuery, node -> states(session, failed, node));
        };
        List<DiagramElement> found = matches.get();
        if (mode.equals("filter")) {
            editor.viewer().setFilter(() -> new HashSet<>(matches.get()));
            editor.showStatus("Filter '" + text + "': " + found.size() + " of " + editor.cluster().getNodes().size()
                    + " nodes at full strength, the rest faded (Edit > Clear Filter ends it)");
            return found;
        }
        editor.select(found);
        editor.showStatus(found.isEmpty() ? "Nothing matches '" + text + "'" : found.size() + (found.size() == 1 ? " match" : " matches") + " for '" + text + "': "
                + String.join(", ", found.stream().limit(10).map(DiagramElement::getName).toList()) + (found.size() > 10 ? ", ..." : ""));
        return found;
    }

    private static List<DiagramElement> clearFilter(TopologyEditor editor) {
        editor.viewer().clearFilter();
        editor.showStatus("Filter off: everything drawn at full strength");
        return List.of();
    }

    private static Set<String> states(TestbedSession session, Set<String> failed, Node node) {
        Set<String> states = new HashSet<>();
        LiveNode live = session.live().node(node.getName());
        if (live == null) {
            states.add("down");
        } else {
            states.add(live.up() ? "up" : "down");
            states.add(live.state().name().toLowerCase(java.util.Locale.ROOT));
            if (live.status() != null && live.status().cpuPercent() >= 80) {
                states.add("busy");
            }
        }
        if (failed.contains(node.getName())) {
            states.add("failed");
        }
        return states;
    }
}
