package org.patchbay.ui.canvas.draw2d;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.patchbay.ui.canvas.NodeStyle;

/**
 * A node, switch, PDU or LAN on the canvas: a coloured box with its kind, name, address line and
 * state, a red frame and tooltip when the validator objects to it, a thick blue frame when selected.
 * Paints text directly rather than through child labels: at 5 000 figures that halves repaint time.
 */
final class ElementFigure extends Figure {

    /** How far each card of a collapsed group's stack sits behind the one before it. */
    private static final int FOLD_OFFSET = 4;
    /** How opaque a faded figure is (0-255). */
    static final int DIMMED_ALPHA = 55;
    /** The diameter of a node box's rounded corners. */
    private static final int ROUNDING = 12;

    private final FigureColors colors;
    private NodeStyle style;
    private boolean selected;

    ElementFigure(FigureColors colors, NodeStyle style) {
        this.colors = colors;
        setStyle(style);
    }

    void setStyle(NodeStyle newStyle) {
        style = newStyle;
        setToolTip(newStyle.problem() == null ? new Label(newStyle.kind() + " " + newStyle.title() + "\n" + newStyle.detail())
                : new Label(newStyle.problem()));
        repaint();
    }

    NodeStyle style() {
        return style;
    }

    void setSelected(boolean value) {
        if (selected != value) {
            selected = value;
            repaint();
        }
    }

    boolean isSelected() {
        return selected;
    }

    private boolean dimmed;

    /** Faded: a filter is on and this element does not match it. Returns whether that changed anything. */
    boolean setDimmed(boolean value) {
        if (dimmed == value) {
            return false;
        }
        dimmed = value;
        repaint();
        return true;
    }

    boolean isDimmed() {
        return dimmed;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().shrink(2, 2);
        if (!colors.detailed()) {
            return;
        }
        if (dimmed) {
            g.setAlpha(DIMMED_ALPHA);
        }
        Color fill = colors.fill(style.shape());
        if (style.foldedHosts() > 0) {
            // a collapsed group: a stack of cards, the hosts it stands for behind the switch
            r = new Rectangle(r.x, r.y, r.width - 2 * FOLD_OFFSET, r.height - 2 * FOLD_OFFSET);
            g.setBackgroundColor(fill);
            g.setForegroundColor(colors.outline());
            for (int behind = 2; behind >= 1; behind--) {
                Rectangle card = r.getTranslated(behind * FOLD_OFFSET, behind * FOLD_OFFSET);
                g.fillRectangle(card);
                g.drawRectangle(card.x, card.y, card.width - 1, card.height - 1);
            }
        }
        Color outline = style.problem() != null ? colors.problem() : selected ? colors.selection() : colors.outline();
        int lineWidth = selected || style.problem() != null ? 3 : 1;
        g.setBackgroundColor(fill);
        g.setForegroundColor(outline);
        g.setLineWidth(lineWidth);
        switch (style.shape()) {
            case LAN -> {
                g.fillOval(r);
                g.drawOval(r.x, r.y, r.width - 1, r.height - 1);
            }
            case SWITCH -> {
                g.fillRectangle(r);
                g.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
            }
            default -> {
                if (dimmed) {
                    g.fillRoundRectangle(r, 12, 12);
                    g.drawRoundRectangle(new Rectangle(r.x, r.y, r.width - 1, r.height - 1), 12, 12);
                } else {
                    // the outline as a fill under the box, not a stroke: stroking the rounded corners was most of a repaint at 5 000 nodes
                    g.setBackgroundColor(outline);
                    g.fillRoundRectangle(r, ROUNDING, ROUNDING);
                    g.setBackgroundColor(fill);
                    g.fillRoundRectangle(r.getCopy().shrink(lineWidth, lineWidth), ROUNDING - lineWidth, ROUNDING - lineWidth);
                }
            }
        }
        g.setLineWidth(1);
        int lineHeight = colors.lineHeight();
        int textX = r.x + 8;
        int textY = r.y + 3;
        g.setForegroundColor(colors.muted());
        g.setFont(colors.small());
        g.drawText(style.kind(), textX, textY);
        g.setForegroundColor(colors.text());
        g.setFont(colors.bold());
        g.drawText(style.title(), textX, textY + lineHeight);
        g.setFont(colors.regular());
        if (style.detail() != null && !style.detail().isEmpty()) {
            g.drawText(style.detail(), textX, textY + 2 * lineHeight + 1);
        }
        if (style.status() != null && !style.status().isEmpty()) {
            g.setForegroundColor(style.live() == null ? colors.muted() : colors.level(style.live().level()));
            g.setFont(colors.small());
            g.drawText(style.status(), textX, textY + 3 * lineHeight + 1);
        }
        if (style.live() != null) {
            paintLive(g, r, style.live());
        }
        if (style.problem() != null) {
            g.setBackgroundColor(colors.problem());
            g.fillOval(r.right() - 18, r.y + 3, 15, 15);
            g.setForegroundColor(colors.onProblem());
            g.setFont(colors.bold());
            g.drawText("!", r.right() - 12, r.y + 3);
        }
    }

    /** The state dot at the top right and, for a node that reports figures, CPU and memory bars along the bottom. */
    private void paintLive(Graphics g, Rectangle r, org.patchbay.ui.canvas.LiveBadge live) {
        g.setBackgroundColor(colors.level(live.level()));
        g.fillOval(r.right() - (style.problem() != null ? 36 : 18), r.y + 5, 11, 11);
        if (live.progress() >= 0) {
            // a long operation (reimage): a horizontal bar along the bottom edge
            int x = r.x + 8;
            int width = r.width - 16;
            g.setBackgroundColor(colors.barTrack());
            g.fillRectangle(x, r.bottom() - 7, width, 4);
            g.setBackgroundColor(colors.level(live.level()));
            g.fillRectangle(x, r.bottom() - 7, (int) Math.round(width * Math.min(1, live.progress())), 4);
        }
        if (live.cpuPercent() < 0) {
            return;
        }
        int top = r.y + 21;
        int height = r.bottom() - 5 - top;
        paintBar(g, r.right() - 16, top, height, live.cpuPercent(), colors.cpuBar());
        paintBar(g, r.right() - 10, top, height, live.memoryPercent(), colors.memoryBar());
    }

    /** A vertical gauge filling from the bottom, so the text lines keep the full width. */
    private void paintBar(Graphics g, int x, int y, int height, double percent, Color fill) {
        g.setBackgroundColor(colors.barTrack());
        g.fillRectangle(x, y, 4, height);
        g.setBackgroundColor(fill);
        int filled = (int) Math.round(height * Math.max(0, Math.min(100, percent)) / 100);
        g.fillRectangle(x, y + height - filled, 4, filled);
    }

    /** Colours and fonts shared by all figures of one canvas, disposed with it. */
    static final class FigureColors {
        private final Color node;
        private final Color sw;
        private final Color pdu;
        private final Color lan;
        private final Color outline;
        private final Color selection;
        private final Color problem;
        private final Color onProblem;
        private final Color text;
        private final Color muted;
        private final Color up;
        private final Color down;
        private final Color waiting;
        private final Color untrusted;
        private final Color barTrack;
        private final Color cpuBar;
        private final Color memoryBar;
        private final Color[] heat = new Color[10];
        private final Font regular;
        private final Font bold;
        private final Font small;
        private final int lineHeight;
        private final int smallHeight;
        private boolean detailed = true;
        private boolean fastLines;

        FigureColors(org.eclipse.swt.widgets.Display display, Font base) {
            node = new Color(display, 0xE8, 0xF1, 0xFB);
            sw = new Color(display, 0xE6, 0xF4, 0xE6);
            pdu = new Color(display, 0xFD, 0xF0, 0xD8);
            lan = new Color(display, 0xF0, 0xE8, 0xF8);
            outline = new Color(display, 0x55, 0x66, 0x77);
            selection = new Color(display, 0x1E, 0x6F, 0xD9);
            problem = new Color(display, 0xD0, 0x28, 0x28);
            onProblem = new Color(display, 0xFF, 0xFF, 0xFF);
            text = new Color(display, 0x12, 0x1A, 0x22);
            muted = new Color(display, 0x5E, 0x6B, 0x78);
            up = new Color(display, 0x2E, 0x9E, 0x44);
            down = new Color(display, 0xD0, 0x28, 0x28);
            waiting = new Color(display, 0xE0, 0x9A, 0x10);
            untrusted = new Color(display, 0x8E, 0x44, 0xAD);
            barTrack = new Color(display, 0xD5, 0xDD, 0xE5);
            cpuBar = new Color(display, 0x1E, 0x6F, 0xD9);
            memoryBar = new Color(display, 0x6B, 0x4F, 0xBB);
            // cool grey-blue at idle through amber to red at saturation
            int[][] stops = {{0x55, 0x66, 0x77}, {0xF0, 0xA0, 0x20}, {0xD0, 0x20, 0x20}};
            for (int i = 0; i < heat.length; i++) {
                double t = i / (double) (heat.length - 1) * 2;
                int[] a = stops[Math.min(1, (int) t)];
                int[] b = stops[Math.min(2, (int) t + 1)];
                double f = t - Math.min(1, (int) t);
                heat[i] = new Color(display, (int) (a[0] + (b[0] - a[0]) * f), (int) (a[1] + (b[1] - a[1]) * f), (int) (a[2] + (b[2] - a[2]) * f));
            }
            var data = base.getFontData()[0];
            regular = new Font(display, data.getName(), Math.max(8, data.getHeight() - 1), SWT.NORMAL);
            bold = new Font(display, data.getName(), data.getHeight(), SWT.BOLD);
            small = new Font(display, data.getName(), Math.max(7, data.getHeight() - 2), SWT.NORMAL);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
            gc.setFont(bold);
            lineHeight = gc.getFontMetrics().getHeight();
            gc.setFont(small);
            smallHeight = gc.getFontMetrics().getHeight();
            gc.dispose();
        }

        Color fill(NodeStyle.Shape shape) {
            return switch (shape) {
                case NODE -> node;
                case SWITCH -> sw;
                case PDU -> pdu;
                case LAN -> lan;
            };
        }

        Color level(org.patchbay.ui.canvas.LiveBadge.Level level) {
            return switch (level) {
                case UP -> up;
                case DOWN -> down;
                case WAITING -> waiting;
                case UNTRUSTED -> untrusted;
            };
        }

        /** Warmer with utilization (0..1). */
        Color heat(double utilization) {
            return heat[(int) Math.round(Math.max(0, Math.min(1, utilization)) * (heat.length - 1))];
        }

        Color barTrack() { return barTrack; }
        Color cpuBar() { return cpuBar; }
        Color memoryBar() { return memoryBar; }
        Color outline() { return outline; }
        Color selection() { return selection; }
        Color problem() { return problem; }
        Color onProblem() { return onProblem; }
        Color text() { return text; }
        Color muted() { return muted; }
        Font regular() { return regular; }
        Font bold() { return bold; }
        Font small() { return small; }
        int lineHeight() { return lineHeight; }
        int smallHeight() { return smallHeight; }

        /** Whether figures draw themselves (false when zoomed out: {@link OverviewLayer} draws the graph then). */
        boolean detailed() { return detailed; }

        void setDetailed(boolean value) { detailed = value; }

        /** Whether lines skip antialiasing, which costs most of a repaint on graphs with thousands of links. */
        boolean fastLines() { return fastLines; }

        void setFastLines(boolean value) { fastLines = value; }

        void dispose() {
            for (Color c : new Color[] {node, sw, pdu, lan, outline, selection, problem, onProblem, text, muted, up, down, waiting, untrusted,
                    barTrack, cpuBar, memoryBar}) {
                c.dispose();
            }
            for (Color c : heat) {
                c.dispose();
            }
            regular.dispose();
            bold.dispose();
            small.dispose();
        }
    }
}
