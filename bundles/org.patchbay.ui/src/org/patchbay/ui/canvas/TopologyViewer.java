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
import org.patchbay.model.Outlet;
import org.patchbay.model.Port;
import org.patchbay.model.topology.Wiring;

/**
 * A JFace viewer that shows a {@link Cluster} as a graph through a {@link GraphRenderer}, in the
 * manner of Zest's GraphViewer: content and style providers in, JFace selections out. Model
 * changes are collected and applied once per UI turn, so a burst of notifications (an Arrange of
 * thousands of nodes) costs one refresh.
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
        Set<Object> wanted = new HashSet<>();
        for (DiagramElement element : content().nodes(cluster)) {
            renderer.putNode(element, styles().nodeStyle(element));
            wanted.add(element);
        }
        for (Object edge : content().edges(cluster)) {
            DiagramElement source = content().source(edge);
            DiagramElement target = content().target(edge);
            if (source != null && target != null) {
                renderer.putEdge(edge, source, target, styles().edgeStyle(edge));
                wanted.add(edge);
            }
        }
        for (Object item : new ArrayList<>(renderer.items())) {
            if (!wanted.contains(item)) {
                renderer.remove(item);
            }
        }
    }

    /** Re-styles elements whose attributes changed, without rebuilding the graph. */
    public void update(Iterable<? extends EObject> elements) {
        Cluster cluster = cluster();
        for (EObject element : elements) {
            if (element instanceof DiagramElement diagram && cluster != null && diagram.eContainer() == cluster) {
                renderer.putNode(diagram, styles().nodeStyle(diagram));
            } else if (element instanceof Link link) {
                renderer.putEdge(link, content().source(link), content().target(link), styles().edgeStyle(link));
            } else if (element instanceof Interface iface && Wiring.ownerOf(iface) != null) {
                renderer.putNode(Wiring.ownerOf(iface), styles().nodeStyle(Wiring.ownerOf(iface)));
            } else if (element != null && element.eContainer() instanceof DiagramElement owner && cluster != null) {
                renderer.putNode(owner, styles().nodeStyle(owner));
            }
        }
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
                renderer.putNode(element, styles().nodeStyle(element));
                touched.add(element);
            }
        }
        for (Object edge : content().edges(cluster)) {
            DiagramElement source = content().source(edge);
            DiagramElement target = content().target(edge);
            // a link's own name is in the set when its applied shaping changed
            boolean named = edge instanceof org.patchbay.model.Link link && link.getName() != null && nodeNames.contains(link.getName());
            if (source != null && target != null && (named || touched.contains(source) || touched.contains(target))) {
                renderer.putEdge(edge, source, target, styles().edgeStyle(edge));
            }
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
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                items.add(element instanceof EObject e ? figureOwner(e) : element);
            }
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
