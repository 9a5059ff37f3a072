package org.patchbay.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.patchbay.ui.dialogs.KeysAndLegendDialog;

/** Help > Keys and Legend (F1). */
public final class KeysAndLegendHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        KeysAndLegendDialog dialog = new KeysAndLegendDialog(HandlerUtil.getActiveShell(event));
        dialog.open();
        return null;
    }
}
