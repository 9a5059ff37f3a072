package org.patchbay.ui.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File, Edit, Topology and Window menus. Standard actions (Save, Undo, Delete ...) are the
 * workbench's retargetable ones, so each editor or view supplies its own handler; Patchbay's own
 * commands are contributed to the groups declared here from plugin.xml.
 */
final class PatchbayActionBarAdvisor extends ActionBarAdvisor {

    public static final String TOPOLOGY_MENU = "org.patchbay.menu.topology";
    public static final String LAB_MENU = "org.patchbay.menu.lab";
    public static final String EXPERIMENT_MENU = "org.patchbay.menu.experiment";

    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction close;

    PatchbayActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window));
        saveAs = register(ActionFactory.SAVE_AS.create(window));
        close = register(ActionFactory.CLOSE.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        delete = register(ActionFactory.DELETE.create(window));
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(close);
        file.add(save);
        file.add(saveAs);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager topology = new MenuManager("&Topology", TOPOLOGY_MENU);
        topology.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager lab = new MenuManager("&Lab", LAB_MENU);
        lab.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager experiment = new MenuManager("E&xperiment", EXPERIMENT_MENU);
        experiment.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        window.add(showView);
        window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(topology);
        menuBar.add(lab);
        menuBar.add(experiment);
        menuBar.add(window);
        menuBar.add(help);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        tools.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        tools.add(save);
        tools.add(undo);
        tools.add(redo);
        tools.add(delete);
        tools.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new ToolBarContributionItem(tools, "org.patchbay.toolbar.main"));
    }
}
