package org.patchbay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.patchbay.cli.PatchbayCli;
import org.patchbay.experiment.ResultTable;
import org.patchbay.lab.Lab;
import org.patchbay.model.Cluster;
import org.patchbay.model.Experiment;
import org.patchbay.model.WorkloadStep;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.validation.ExperimentRules;
import org.patchbay.ui.app.TopologyOpener;
import org.patchbay.ui.editor.TopologyEditor;
import org.patchbay.ui.experiments.ResultsView;
import org.patchbay.ui.live.LabJobs;
import org.patchbay.ui.properties.ItemPropertySource;
import org.patchbay.ui.properties.ItemPropertySourceProvider;

/**
 * In the real workbench: Experiment > New Experiment is one undo step; a step's nodes are typed in
 * Properties as names (an unknown one refused with the names on offer); Run Sweep on a 2-node lab
 * records a row per value, which the Results view shows as a table and a plot, and its CSV export is
 * the table patchbay-cli results prints.
 */
class ExperimentUiTest {

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        Gui.pump();
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        Gui.pump();
    }

    private static Object run(String action) throws Exception {
        var commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        return handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand("org.patchbay.ui.commands.experiment"),
                Map.of("org.patchbay.ui.commands.experiment.action", action)), null);
    }

    @Test
    void anExperimentIsMadeInTheEditorRunOnTheLabAndItsResultsShownPlottedAndExported() throws Exception {
        assertTrue(Lab.isRoot(), "the lab UI test builds namespaces and runs as root (CI does)");
        Path dir = Files.createTempDirectory("patchbay-experiment-ui");
        Path file = dir.resolve("star.cluster");
        ClusterFiles.save(TopologyTemplates.star(2), file);
        TopologyEditor editor = TopologyOpener.openFile(page, file);
        Cluster cluster = editor.cluster();

        run("new");
        assertEquals(1, cluster.getExperiments().size(), "New Experiment adds one");
        Experiment experiment = cluster.getExperiments().get(0);
        assertEquals(List.of(), ExperimentRules.problems(experiment), "a new experiment runs as it stands");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(0, cluster.getExperiments().size(), "one undo removes it");
        editor.getEditingDomain().getCommandStack().redo();
        experiment = cluster.getExperiments().get(0);

        WorkloadStep step = experiment.getSteps().get(0);
        ItemPropertySource source = (ItemPropertySource) new ItemPropertySourceProvider((AdapterFactoryEditingDomain) editor.getEditingDomain(), m -> {
        }).getPropertySource(step);
        Object nodes = descriptor(source, "Nodes").getId();
        String refused = source.setValue(nodes, "node0, node9");
        assertNotNull(refused);
        assertTrue(refused.contains("no node9") && refused.contains("node1"), "the refusal names the unknown node and those on offer: " + refused);
        assertEquals(List.of("node0"), step.getNodes().stream().map(n -> n.getName()).toList(), "a refused value leaves the step as it was");
        assertNull(source.setValue(nodes, "node0, node1"));
        assertEquals(List.of("node0", "node1"), step.getNodes().stream().map(n -> n.getName()).toList());
        ItemPropertySource x = (ItemPropertySource) new ItemPropertySourceProvider((AdapterFactoryEditingDomain) editor.getEditingDomain(), m -> {
        }).getPropertySource(experiment.getParameters().get(0));
        assertNull(x.setValue(descriptor(x, "Values").getId(), "1, 2, 3"));
        ItemPropertySource command = (ItemPropertySource) new ItemPropertySourceProvider((AdapterFactoryEditingDomain) editor.getEditingDomain(), m -> {
        }).getPropertySource(step);
        // long enough for the canvas to show the run on each node
        assertNull(command.setValue(descriptor(command, "Command").getId(), "sleep 1; echo result ${x}"));
        editor.doSave(null);
        Gui.pump();

        Job start = LabJobs.start(editor);
        Gui.waitUntil(() -> start.getResult() != null, () -> "the lab to start", 300_000);
        assertTrue(start.getResult().isOK(), () -> start.getResult().getMessage());

        Object sweep = run("run");
        assertTrue(sweep instanceof Job, "Run Sweep schedules a Job: " + sweep);
        Job job = (Job) sweep;
        java.util.Set<String> sawRun = new java.util.HashSet<>();
        Gui.waitUntil(() -> {
            for (org.patchbay.model.Node n : cluster.getNodes()) {
                org.patchbay.ui.canvas.NodeStyle style = editor.viewer().renderer().drawnNodeStyle(n);
                if (style != null && style.status() != null && style.status().startsWith("sweep run")) {
                    sawRun.add(n.getName());
                }
            }
            return job.getResult() != null;
        }, () -> "the sweep to finish", 300_000);
        assertEquals(java.util.Set.of("node0", "node1"), sawRun, "each node showed the run it took part in on the canvas");
        assertTrue(job.getResult().isOK(), () -> job.getResult().getMessage());

        ResultsView view = (ResultsView) page.findView(ResultsView.ID);
        assertNotNull(view, "Run Sweep shows the Results view");
        Gui.waitUntil(() -> view.table() != null && view.table().rows().size() == 3, () -> "three rows in the Results view", 30_000);
        ResultTable table = view.table();
        for (ResultTable.Row row : table.rows()) {
            // the step ran on both nodes and each printed "result x": the measure is their sum
            assertEquals(2 * Double.parseDouble(row.parameters().get("x")), row.measures().get("result"), 1e-9, "row " + row.run());
        }
        assertEquals(List.of("result"), view.chartSeries(), "one line: result against x");

        Path csv = dir.resolve("exported.csv");
        view.export(csv, false);
        Path svg = dir.resolve("exported.svg");
        view.export(svg, true);
        assertTrue(Files.readString(svg).contains("<svg"));
        StringWriter cli = new StringWriter();
        assertEquals(0, PatchbayCli.run(new PrintWriter(cli, true), new PrintWriter(new StringWriter(), true), "results", file.toString(), "--csv", "-"));
        assertEquals(Files.readString(csv).strip(), cli.toString().strip(), "the console exports the table the command line prints");

        // Lab > Test Links: both nodes on the switch probed against the drawing, shown in the Results view
        page.activate(editor);
        Object linkTest = run("linktest");
        assertTrue(linkTest instanceof Job, "Test Links schedules a Job: " + linkTest);
        Job links = (Job) linkTest;
        Gui.waitUntil(() -> links.getResult() != null, () -> "the link test to finish", 300_000);
        assertTrue(links.getResult().isOK(), () -> links.getResult().getMessage());
        Gui.waitUntil(() -> view.table() != null && view.table().sweep().experiment().equals("linktest"), () -> "the link test in the Results view", 30_000);
        assertEquals(2, view.table().rows().size(), "node0 to node1 and back over switch0: " + view.table().rows());
        for (ResultTable.Row row : view.table().rows()) {
            assertEquals(org.patchbay.experiment.RunRecord.Status.OK, row.status(), row.message());
            assertTrue(row.measures().containsKey("rtt"), "a round trip was measured: " + row.measures());
        }
        org.patchbay.ui.experiments.LinkTestView matrix = (org.patchbay.ui.experiments.LinkTestView) page.findView(
                org.patchbay.ui.experiments.LinkTestView.ID);
        assertNotNull(matrix, "Test Links shows the matrix");
        Gui.waitUntil(() -> matrix.matrix("switch switch0") != null, () -> "the switch's matrix", 30_000);
        org.eclipse.swt.widgets.Table cells = matrix.matrix("switch switch0");
        assertEquals(3, cells.getColumnCount(), "from, node0:eth0, node1:eth0");
        assertEquals(2, cells.getItemCount());
        assertTrue(cells.getItem(0).getText(2).contains("ms") && cells.getItem(0).getText(2).contains("Mb/s"),
                "node0 to node1: round trip and bandwidth beside the expected: " + cells.getItem(0).getText(2));
    }

    private static IPropertyDescriptor descriptor(ItemPropertySource source, String displayNamePrefix) {
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (d.getDisplayName().startsWith(displayNamePrefix)) {
                return d;
            }
        }
        throw new AssertionError("no property " + displayNamePrefix);
    }
}
