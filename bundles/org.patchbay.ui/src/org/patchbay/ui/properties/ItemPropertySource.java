package org.patchbay.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.patchbay.model.Cluster;
import org.patchbay.model.Lan;
import org.patchbay.model.NamedElement;
import org.patchbay.model.Port;
import org.patchbay.model.topology.Wiring;
import org.patchbay.model.PatchbayPackage.Literals;
import org.patchbay.model.topology.ShapingText;
import org.patchbay.model.validation.ValueRules;

/**
 * One element's properties. Values are shown the way users write them ("100Mb", "20ms", "1%"),
 * parsed back, checked against {@link ValueRules}, and applied as a SetCommand so every edit can
 * be undone. A value that does not parse or breaks a rule is refused with the rule's message and
 * the model is left as it was.
 */
public final class ItemPropertySource implements IPropertySource {

    private final EObject object;
    private final IItemPropertySource itemSource;
    private final AdapterFactoryEditingDomain domain;
    private final Consumer<String> status;

    ItemPropertySource(EObject object, IItemPropertySource itemSource, AdapterFactoryEditingDomain domain, Consumer<String> status) {
        this.object = object;
        this.itemSource = itemSource;
        this.domain = domain;
        this.status = status;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    /** Id of the read-only "Connected to" row of ports: what the other end of each link is. */
    static final String CONNECTED_TO = "patchbay.connectedTo";

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
            result.add(new FeatureDescriptor(item));
        }
        if (object instanceof Port) {
            PropertyDescriptor connected = new PropertyDescriptor(CONNECTED_TO, "Connected to");
            connected.setDescription("The port at the other end of each link on this one, and the LANs it is a member of");
            result.add(connected);
        }
        return result.toArray(new IPropertyDescriptor[0]);
    }

    private String connectedTo() {
        Port port = (Port) object;
        List<String> peers = new ArrayList<>();
        EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(port);
        if (root instanceof Cluster cluster) {
            for (Port peer : Wiring.peersOf(cluster, port)) {
                peers.add(label(peer));
            }
            for (Lan lan : cluster.getLans()) {
                if (lan.getMembers().contains(port)) {
                    peers.add("LAN " + lan.getName());
                }
            }
        }
        return peers.isEmpty() ? "(nothing)" : String.join(", ", peers);
    }

    private FeatureDescriptor descriptor(Object id) {
        for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
            if (item.getId(object).equals(id)) {
                return new FeatureDescriptor(item);
            }
        }
        throw new IllegalArgumentException("No property " + id + " on " + object.eClass().getName());
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (CONNECTED_TO.equals(id)) {
            return connectedTo();
        }
        FeatureDescriptor descriptor = descriptor(id);
        Object value = object.eGet(descriptor.feature);
        List<?> choices = descriptor.choices();
        if (choices != null) {
            return choices.indexOf(value);
        }
        return format(descriptor.feature, value);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return !CONNECTED_TO.equals(id) && object.eIsSet(descriptor(id).feature);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (CONNECTED_TO.equals(id)) {
            return;
        }
        EStructuralFeature feature = descriptor(id).feature;
        apply(feature, feature.getDefaultValue());
    }

    /**
     * Sets a property from what the user entered: a string for text cells, an index for choices.
     *
     * @return the refusal shown to the user, or null when the value was applied (or unchanged)
     */
    public String setValue(Object id, Object entered) {
        if (CONNECTED_TO.equals(id)) {
            return refuse("What a port connects to follows from the links; draw or delete a link to change it.");
        }
        FeatureDescriptor descriptor = descriptor(id);
        if (!descriptor.item.canSetProperty(object)) {
            return refuse(descriptor.getDisplayName() + " cannot be changed here.");
        }
        Object value;
        List<?> choices = descriptor.choices();
        if (choices != null) {
            int index = entered instanceof Integer i ? i : -1;
            if (index < 0 || index >= choices.size()) {
                return refuse("Choose one of the offered values for " + descriptor.getDisplayName() + ".");
            }
            value = choices.get(index);
        } else {
            try {
                value = descriptor.namesElements() ? descriptor.elementsNamed(String.valueOf(entered)) : parse(descriptor.feature, String.valueOf(entered));
            } catch (IllegalArgumentException e) {
                return refuse(descriptor.getDisplayName() + ": " + e.getMessage());
            }
        }
        Optional<String> broken = ValueRules.check(descriptor.feature, value);
        if (broken.isPresent()) {
            return refuse(broken.get());
        }
        apply(descriptor.feature, value);
        return null;
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        setValue(id, value);
    }

    private void apply(EStructuralFeature feature, Object value) {
        if (Objects.equals(object.eGet(feature), value)) {
            status.accept(null);
            return;
        }
        Command set = SetCommand.create(domain, object, feature, value);
        if (set.canExecute()) {
            domain.getCommandStack().execute(set);
            status.accept(null);
        } else {
            refuse("Cannot set " + feature.getName() + " to " + value + ".");
        }
    }

    private String refuse(String message) {
        status.accept(message);
        return message;
    }

    /**
     * Names as a user reads them: the generated ones spell out the stored unit ("Bandwidth Bps",
     * "Delay Ms"), but shaping values are shown and typed with their units ("100Mb", "20ms", "1%"),
     * and the other numbers say their unit in brackets.
     */
    private static final java.util.Map<EStructuralFeature, String> DISPLAY_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry(Literals.SHAPED_ELEMENT__BANDWIDTH_BPS, "Bandwidth"),
            java.util.Map.entry(Literals.SHAPED_ELEMENT__DELAY_MS, "Delay"),
            java.util.Map.entry(Literals.SHAPED_ELEMENT__LOSS_RATE, "Loss"),
            java.util.Map.entry(Literals.PORT__SPEED_MBPS, "Speed (Mb/s)"),
            java.util.Map.entry(Literals.TRUNK__CAPACITY_MBPS, "Capacity (Mb/s)"),
            java.util.Map.entry(Literals.MACHINE__MEMORY_MB, "Memory (MB)"),
            java.util.Map.entry(Literals.MACHINE__DISK_GB, "Disk (GB)"),
            java.util.Map.entry(Literals.TRAFFIC_FLOW__RATE_BPS, "Rate (bit/s)"),
            java.util.Map.entry(Literals.TRAFFIC_FLOW__PACKET_SIZE_BYTES, "Packet Size (bytes)"),
            java.util.Map.entry(Literals.SCHEDULED_EVENT__AT_SECONDS, "At (s)"),
            java.util.Map.entry(Literals.DISK_IMAGE__SIZE_BYTES, "Size (bytes)"),
            java.util.Map.entry(Literals.EXPERIMENT__RUN_TIME_LIMIT_SECONDS, "Run Time Limit (s)"),
            java.util.Map.entry(Literals.SWEEP_PARAMETER__LINK, "Link or LAN"),
            java.util.Map.entry(Literals.MEASURE__LINK, "Link or LAN"));

    static String displayName(EStructuralFeature feature, String generated) {
        return DISPLAY_NAMES.getOrDefault(feature, generated);
    }

    static String format(EStructuralFeature feature, Object value) {
        if (value == null) {
            return "";
        }
        if (feature == Literals.SHAPED_ELEMENT__BANDWIDTH_BPS) {
            return ShapingText.bandwidth((Long) value);
        }
        if (feature == Literals.SHAPED_ELEMENT__DELAY_MS) {
            return ShapingText.delay((Double) value);
        }
        if (feature == Literals.SHAPED_ELEMENT__LOSS_RATE) {
            return ShapingText.loss((Double) value);
        }
        if (value instanceof Collection<?> many) {
            List<String> names = new ArrayList<>();
            for (Object item : many) {
                names.add(item instanceof NamedElement n ? label(n) : String.valueOf(item));
            }
            return String.join(", ", names);
        }
        if (value instanceof NamedElement named) {
            return label(named);
        }
        return String.valueOf(value);
    }

    private static String label(NamedElement element) {
        return element.eContainer() instanceof NamedElement owner && !(owner instanceof org.patchbay.model.Cluster)
                ? owner.getName() + "." + element.getName()
                : element.getName();
    }

    static Object parse(EStructuralFeature feature, String text) {
        String trimmed = text.trim();
        if (feature == Literals.SHAPED_ELEMENT__BANDWIDTH_BPS) {
            return ShapingText.parseBandwidth(trimmed);
        }
        if (feature == Literals.SHAPED_ELEMENT__DELAY_MS) {
            return ShapingText.parseDelay(trimmed);
        }
        if (feature == Literals.SHAPED_ELEMENT__LOSS_RATE) {
            return ShapingText.parseLoss(trimmed);
        }
        Class<?> type = feature.getEType().getInstanceClass();
        try {
            if (type == int.class || type == Integer.class) {
                return Integer.parseInt(trimmed);
            }
            if (type == long.class || type == Long.class) {
                return Long.parseLong(trimmed);
            }
            if (type == double.class || type == Double.class) {
                return Double.parseDouble(trimmed);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number" + (type == double.class ? " or decimal" : "") + ". Enter digits only.");
        }
        return trimmed.isEmpty() && feature.getLowerBound() == 0 && type == String.class ? null : trimmed;
    }

    /** A JFace descriptor over an EMF.Edit one, with a cell editor that refuses invalid input as you type. */
    private final class FeatureDescriptor extends PropertyDescriptor {
        final IItemPropertyDescriptor item;
        final EStructuralFeature feature;

        FeatureDescriptor(IItemPropertyDescriptor item) {
            super(item.getId(object), displayName((EStructuralFeature) item.getFeature(object), item.getDisplayName(object)));
            this.item = item;
            this.feature = (EStructuralFeature) item.getFeature(object);
            setDescription(item.getDescription(object));
            setCategory(item.getCategory(object));
            List<?> choices = choices();
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) {
                    if (choices != null && value instanceof Integer index) {
                        return index >= 0 && index < choices.size() ? choiceLabel(choices.get(index)) : "";
                    }
                    return value == null ? "" : value.toString();
                }
            });
        }

        /** A list of references (a step's nodes): shown and typed as names separated by commas. */
        boolean namesElements() {
            return feature.isMany() && feature instanceof EReference reference && !reference.isContainment();
        }

        /** The elements {@code text} names, in its order; an unknown name is refused with the names on offer. */
        List<Object> elementsNamed(String text) {
            Collection<?> offered = item.getChoiceOfValues(object);
            java.util.Map<String, Object> byName = new java.util.LinkedHashMap<>();
            if (offered != null) {
                offered.stream().filter(NamedElement.class::isInstance).forEach(o -> byName.put(label((NamedElement) o), o));
            }
            List<Object> chosen = new ArrayList<>();
            for (String name : text.split("[,\\s]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                Object element = byName.get(name);
                if (element == null) {
                    throw new IllegalArgumentException("there is no " + name + "; write names separated by commas, from: "
                            + String.join(", ", byName.keySet().stream().limit(20).toList()) + (byName.size() > 20 ? ", ..." : ""));
                }
                if (!chosen.contains(element)) {
                    chosen.add(element);
                }
            }
            return chosen;
        }

        /** Values offered in a drop-down (enums, single references), or null for free text. */
        List<?> choices() {
            if (feature.isMany()) {
                return null;
            }
            if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eEnum) {
                List<Object> literals = new ArrayList<>();
                eEnum.getELiterals().forEach(l -> literals.add(l.getInstance()));
                return literals;
            }
            if (feature instanceof EReference) {
                Collection<?> offered = item.getChoiceOfValues(object);
                List<Object> values = new ArrayList<>();
                values.add(null);
                if (offered != null) {
                    offered.stream().filter(Objects::nonNull).forEach(values::add);
                }
                return values;
            }
            return null;
        }

        String choiceLabel(Object value) {
            if (value == null) {
                return "(none)";
            }
            if (value instanceof NamedElement named) {
                return label(named);
            }
            IItemLabelProvider labels = (IItemLabelProvider) domain.getAdapterFactory().adapt(value, IItemLabelProvider.class);
            return value instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral()
                    : labels != null ? labels.getText(value) : String.valueOf(value).toLowerCase(Locale.ROOT);
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!item.canSetProperty(object) || feature.isMany() && !namesElements()) {
                return null;
            }
            if (namesElements()) {
                TextCellEditor names = new TextCellEditor(parent);
                names.setValidator(value -> {
                    try {
                        elementsNamed(String.valueOf(value));
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
                return FieldRefusal.marked(names);
            }
            List<?> choices = choices();
            if (choices != null) {
                String[] labels = choices.stream().map(this::choiceLabel).toArray(String[]::new);
                return new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY);
            }
            TextCellEditor editor = new TextCellEditor(parent);
            editor.setValidator(value -> {
                try {
                    return ValueRules.check(feature, parse(feature, String.valueOf(value))).orElse(null);
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
            return FieldRefusal.marked(editor);
        }
    }
}
