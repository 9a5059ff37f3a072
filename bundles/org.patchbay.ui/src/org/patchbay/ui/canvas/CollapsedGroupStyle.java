package org.patchbay.ui.canvas;

import java.util.ArrayList;
import java.util.List;

/**
 * How a switch or LAN looks with its hosts folded into it: the count, how many are up, starting and
 * down, their average load and the average progress of a long operation running on them, and their
 * problems, so nothing a user should see about a hidden host is lost by collapsing.
 */
public final class CollapsedGroupStyle {

    private static final int PROBLEMS_NAMED = 3;

    private CollapsedGroupStyle() {
    }

    /** {@code hub} as drawn alone, with the aggregate of its folded {@code members} as they would be drawn. */
    public static NodeStyle of(NodeStyle hub, List<NodeStyle> members) {
        int up = 0;
        int waiting = 0;
        int down = 0;
        int untrusted = 0;
        double cpu = 0;
        double memory = 0;
        int measured = 0;
        double progress = 0;
        int inProgress = 0;
        List<String> problems = new ArrayList<>();
        for (NodeStyle member : members) {
            LiveBadge live = member.live();
            if (live != null) {
                switch (live.level()) {
                    case UP -> up++;
                    case WAITING -> waiting++;
                    case DOWN -> down++;
                    case UNTRUSTED -> untrusted++;
                }
                if (live.cpuPercent() >= 0) {
                    cpu += live.cpuPercent();
                    memory += Math.max(0, live.memoryPercent());
                    measured++;
                }
                if (live.progress() >= 0) {
                    progress += live.progress();
                    inProgress++;
                }
            }
            if (member.problem() != null) {
                problems.add(member.title() + ": " + member.problem().lines().findFirst().orElse(""));
            }
        }
        int watched = up + waiting + down + untrusted;
        String counts = members.size() + (members.size() == 1 ? " host" : " hosts") + " folded";
        String states = watched == 0 ? null : joined(up, "up", waiting, "starting", down, "down", untrusted, "untrusted");
        String load = measured == 0 ? null : String.format("avg cpu %.0f%%", cpu / measured);
        String operation = inProgress == 0 ? null : String.format("%d busy, %.0f%% done", inProgress, 100 * progress / inProgress);
        String status = String.join(" · ", nonNull(states, operation != null ? operation : load));
        LiveBadge badge = null;
        if (watched > 0) {
            LiveBadge.Level level = down > 0 ? LiveBadge.Level.DOWN : untrusted > 0 ? LiveBadge.Level.UNTRUSTED
                    : waiting > 0 ? LiveBadge.Level.WAITING : LiveBadge.Level.UP;
            badge = new LiveBadge(level, status, measured == 0 ? -1 : cpu / measured, measured == 0 ? -1 : memory / measured,
                    inProgress == 0 ? -1 : progress / inProgress);
        }
        String problem = hub.problem();
        if (!problems.isEmpty()) {
            List<String> named = problems.subList(0, Math.min(PROBLEMS_NAMED, problems.size()));
            String more = problems.size() > PROBLEMS_NAMED ? "\n… and " + (problems.size() - PROBLEMS_NAMED) + " more (expand the group)" : "";
            problem = (problem == null ? "" : problem + "\n") + String.join("\n", named) + more;
        }
        return new NodeStyle(hub.x(), hub.y(), hub.width(), hub.height(), hub.shape(), hub.kind(), hub.title(), counts,
                status.isEmpty() ? hub.status() : status, problem, badge, members.size());
    }

    private static String joined(Object... countsAndWords) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < countsAndWords.length; i += 2) {
            int count = (Integer) countsAndWords[i];
            if (count > 0) {
                parts.add(count + " " + countsAndWords[i + 1]);
            }
        }
        return String.join(", ", parts);
    }

    private static List<String> nonNull(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                present.add(part);
            }
        }
        return present;
    }
}
