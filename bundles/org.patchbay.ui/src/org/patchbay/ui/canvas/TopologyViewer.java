package org.patchbay.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ContentViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.Interface;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.Outlet;
import org.patchbay.model.Port;
import org.patchbay.model.topology.HostGroups;
import org.patchbay.model.topology.Wiring;

/**
 * A JFace viewer that shows a {@link Cluster} as a graph through a {@link GraphRenderer}, in the
 * manner of Zest's GraphViewer: content and style providers in, JFace selections out. Model
 * changes are collected and applied once per UI turn, so a burst of notifications (an Arrange of
 * thousands of nodes) costs one refresh. A switch or LAN can be collapsed: the hosts that hang off it
 * alone are then not drawn and its figure stands for them (count, states, load, progress, problems).
 */
public final class TopologyViewer extends ContentViewer {

    private final GraphRenderer renderer;
    private final Set<EObject> changed = new LinkedHashSet<>();
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch()) {
                return;
            }
            boolean structural = notification.getFeature() instanceof EReference;
            if (notification.getNotifier() instanceof EObject notifier) {
                scheduleRefresh(notifier, structural);
            }
        }
    };
    private boolean refreshScheduled;
    private boolean structuralChange;
    private boolean syncingSelection;
    /** Switches and LANs drawn with their hosts folded in: a view setting, never saved in the model. */
    private final Set<DiagramElement> collapsed = new LinkedHashSet<>();
    private HostGroups groups;
    /** The elements a filter lets through at full strength, asked again as live state changes; null when no filter is on. */
    private java.util.function.Supplier<Set<DiagramElement>> filter;

    public TopologyViewer(Composite parent, GraphRenderer renderer) {
        this.renderer = renderer;
        hookControl(renderer.createControl(parent));
        setContentProvider(new TopologyContentProvider());
        setLabelProvider(new TopologyStyleProvider());
    }

    public GraphRenderer renderer() {
        return renderer;
    }

    public TopologyStyleProvider styles() {
        return (TopologyStyleProvider) getLabelProvider();
    }

    private TopologyContentProvider content() {
        return (TopologyContentProvider) getContentProvider();
    }

    public Cluster cluster() {
        return (Cluster) getInput();
    }

    @Override
    public Control getControl() {
        return renderer.getControl();
    }

    @Override
    protected void inputChanged(Object input, Object oldInput) {
        if (oldInput instanceof Cluster old) {
            old.eAdapters().remove(modelListener);
        }
        for (Object item : new ArrayList<>(renderer.items())) {
            renderer.remove(item);
        }
        if (input instanceof Cluster cluster) {
            cluster.eAdapters().add(modelListener);
        }
        refresh();
    }

    @Override
    protected void handleDispose(org.eclipse.swt.events.DisposeEvent event) {
        if (getInput() instanceof Cluster cluster) {
            cluster.eAdapters().remove(modelListener);
        }
        super.handleDispose(event);
    }

    /** Brings every figure in line with the model: adds, updates and removes as needed. */
    @Override
    public void refresh() {
        changed.clear();
        structuralChange = false;
        Cluster cluster = cluster();
        if (cluster == null || getControl().isDisposed()) {
            return;
        }
        groups = HostGroups.of(cluster);
        collapsed.removeIf(hub -> groups.members(hub).isEmpty());
        Set<Object> wanted = new HashSet<>();
        for (DiagramElement element : content().nodes(cluster)) {
            if (foldedInto(element) == null) {
                renderer.putNode(element, styleOf(element));
                wanted.add(element);
            }
        }
        for (Object edge : content().edges(cluster)) {
            DiagramElement source = content().source(edge);
            DiagramElement target = content().target(edge);
            if (source != null && target != null && foldedInto(source) == null && foldedInto(target) == null) {
                renderer.putEdge(edge, source, target, styles().edgeStyle(edge));
                wanted.add(edge);
            }
        }
        for (Object item : new ArrayList<>(renderer.items())) {
            if (!wanted.contains(item)) {
                renderer.remove(item);
            }
        }
        applyFilter();
    }

    /**
     * Fades every element that {@code matching} leaves out (links with a faded end too), until
     * {@link #clearFilter()}; evaluated again whenever the graph or live state changes, so a filter
     * on state follows the nodes as they go up and down. A collapsed group stays bright when any of
     * its hosts matches.
     */
    public void setFilter(java.util.function.Supplier<Set<DiagramElement>> matching) {
        filter = matching;
        applyFilter();
    }

    public void clearFilter() {
        filter = null;
        renderer.setDimmed(List.of());
    }

    public boolean isFiltered() {
        return filter != null;
    }

    private void applyFilter() {
        if (filter == null) {
            return;
        }
        Set<DiagramElement> bright = new HashSet<>(filter.get());
        for (DiagramElement element : new ArrayList<>(bright)) {
            DiagramElement hub = foldedInto(element);
            if (hub != null) {
                bright.add(hub);
            }
        }
        List<Object> faded = new ArrayList<>();
        for (Object item : renderer.items()) {
            if (item instanceof DiagramElement element && !bright.contains(element)) {
                faded.add(element);
            }
        }
        renderer.setDimmed(faded);
    }

    /** Re-styles elements whose attributes changed, without rebuilding the graph. */
    public void update(Iterable<? extends EObject> elements) {
        Cluster cluster = cluster();
        for (EObject element : elements) {
            if (element instanceof DiagramElement diagram && cluster != null && diagram.eContainer() == cluster) {
                restyle(diagram);
            } else if (element instanceof Link link) {
                DiagramElement source = content().source(link);
                DiagramElement target = content().target(link);
                if (foldedInto(source) == null && foldedInto(target) == null) {
                    renderer.putEdge(link, source, target, styles().edgeStyle(link));
                }
            } else if (element instanceof Interface iface && Wiring.ownerOf(iface) != null) {
                restyle(Wiring.ownerOf(iface));
            } else if (element != null && element.eContainer() instanceof DiagramElement owner && cluster != null) {
                restyle(owner);
            }
        }
    }

    /** Draws an element as it is now, or the collapsed group it is folded into. */
    private void restyle(DiagramElement element) {
        DiagramElement hub = foldedInto(element);
        DiagramElement drawn = hub != null ? hub : element;
        renderer.putNode(drawn, styleOf(drawn));
    }

    /** The element's own style, or for a collapsed switch or LAN the aggregate of the hosts folded into it. */
    private NodeStyle styleOf(DiagramElement element) {
        NodeStyle own = styles().nodeStyle(element);
        if (!collapsed.contains(element)) {
            return own;
        }
        List<NodeStyle> members = new ArrayList<>();
        for (Node member : groups.members(element)) {
            members.add(styles().nodeStyle(member));
        }
        return CollapsedGroupStyle.of(own, members);
    }

    /** The collapsed switch or LAN that {@code element} is folded into, or null when it is drawn itself. */
    public DiagramElement foldedInto(DiagramElement element) {
        if (groups == null || collapsed.isEmpty()) {
            return null;
        }
        DiagramElement hub = groups.hubOf(element);
        return hub != null && collapsed.contains(hub) ? hub : null;
    }

    /** The hosts that collapsing {@code hub} would fold into it (empty when it has none). */
    public List<Node> groupOf(DiagramElement hub) {
        return groups == null ? List.of() : groups.members(hub);
    }

    public boolean isCollapsed(DiagramElement hub) {
        return collapsed.contains(hub);
    }

    /** Switches and LANs that have hosts of their own to fold. */
    public Set<DiagramElement> collapsibleHubs() {
        return groups == null ? Set.of() : groups.hubs();
    }

    /**
     * Folds the hosts of each of {@code hubs} into it, or unfolds them. Hubs without hosts of their
     * own are left alone. A selection of folded hosts moves to their switch, so it stays visible.
     */
    public void setCollapsed(java.util.Collection<? extends DiagramElement> hubs, boolean collapse) {
        List<Object> selected = new ArrayList<>(renderer.getSelection());
        boolean changedAny = false;
        for (DiagramElement hub : hubs) {
            if (!groupOf(hub).isEmpty()) {
                changedAny |= collapse ? collapsed.add(hub) : collapsed.remove(hub);
            }
        }
        if (!changedAny) {
            return;
        }
        refresh();
        Set<Object> stillShown = new LinkedHashSet<>();
        for (Object item : selected) {
            DiagramElement hub = item instanceof DiagramElement element ? foldedInto(element) : null;
            stillShown.add(hub != null ? hub : item);
        }
        renderer.setSelection(stillShown);
        rendererSelectionChanged();
    }

    /** Restyles the elements named (nodes, switches, LANs, and links whose applied shaping changed) and their edges. */
    public void updateLive(java.util.Set<String> nodeNames) {
        Cluster cluster = cluster();
        if (cluster == null || getControl().isDisposed()) {
            return;
        }
        Set<Object> touched = new HashSet<>();
        for (DiagramElement element : content().nodes(cluster)) {
            if (element.getName() != null && nodeNames.contains(element.getName())) {
                DiagramElement hub = foldedInto(element);
                DiagramElement drawn = hub != null ? hub : element;
                if (touched.add(drawn)) {
                    renderer.putNode(drawn, styleOf(drawn));
                }
            }
        }
        for (Object edge : content().edges(cluster)) {
            DiagramElement source = content().source(edge);
            DiagramElement target = content().target(edge);
            // a link's own name is in the set when its applied shaping changed
            boolean named = edge instanceof org.patchbay.model.Link link && link.getName() != null && nodeNames.contains(link.getName());
            if (source != null && target != null && foldedInto(source) == null && foldedInto(target) == null
                    && (named || touched.contains(source) || touched.contains(target))) {
                renderer.putEdge(edge, source, target, styles().edgeStyle(edge));
            }
        }
        if (!touched.isEmpty()) {
            applyFilter();
        }
    }

    /** Called after problems change: restyles everything, since marks may have come or gone anywhere. */
    public void setProblems(Map<EObject, String> problems) {
        Map<EObject, String> byFigure = new HashMap<>();
        problems.forEach((element, text) -> byFigure.merge(figureOwner(element), text, (a, b) -> a + "\n" + b));
        styles().setProblems(byFigure);
        refresh();
    }

    private static EObject figureOwner(EObject element) {
        if (element instanceof Port port && Wiring.ownerOf(port) != null) {
            return Wiring.ownerOf(port);
        }
        if (element instanceof Outlet outlet && outlet.eContainer() != null) {
            return outlet.eContainer();
        }
        return element;
    }

    private void scheduleRefresh(EObject notifier, boolean structural) {
        changed.add(notifier);
        structuralChange |= structural;
        if (refreshScheduled || getControl().isDisposed()) {
            return;
        }
        refreshScheduled = true;
        getControl().getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            if (getControl().isDisposed()) {
                return;
            }
            if (structuralChange) {
                refresh();
            } else {
                List<EObject> dirty = new ArrayList<>(changed);
                changed.clear();
                update(dirty);
            }
        });
    }

    /** Applies pending model changes now instead of on the next UI turn (tests, screenshots). */
    public void flush() {
        if (!changed.isEmpty() || structuralChange) {
            if (structuralChange) {
                refresh();
            } else {
                List<EObject> dirty = new ArrayList<>(changed);
                changed.clear();
                update(dirty);
            }
        }
    }

    @Override
    public ISelection getSelection() {
        List<Object> selected = new ArrayList<>();
        for (Object item : renderer.getSelection()) {
            selected.add(item instanceof LanMembership membership ? membership.lan() : item);
        }
        return new StructuredSelection(selected);
    }

    @Override
    public void setSelection(ISelection selection, boolean reveal) {
        List<Object> items = new ArrayList<>();
        Set<DiagramElement> toUnfold = new LinkedHashSet<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                Object owner = element instanceof EObject e ? figureOwner(e) : element;
                items.add(owner);
                if (owner instanceof DiagramElement diagram && foldedInto(diagram) != null) {
                    toUnfold.add(foldedInto(diagram));
                }
            }
        }
        if (!toUnfold.isEmpty()) {
            // what is selected elsewhere (Find, the Outline, a view) must be visible: its group opens
            collapsed.removeAll(toUnfold);
            refresh();
        }
        syncingSelection = true;
        try {
            renderer.setSelection(items);
        } finally {
            syncingSelection = false;
        }
        if (reveal && !items.isEmpty()) {
            renderer.reveal(items.get(0));
        }
        fireSelectionChanged(new SelectionChangedEvent(this, getSelection()));
    }

    /** The renderer reports a user selection: tell JFace listeners (properties, outline). */
    public void rendererSelectionChanged() {
        if (!syncingSelection) {
            fireSelectionChanged(new SelectionChangedEvent(this, getSelection()));
        }
    }
}
