package org.cellscope.app.ui;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The window's keys: Ctrl+R/F5 run, Ctrl+O open, Ctrl+S save, F10/F11 step over/into (with
 * Shift: back over, step out), and Left/Right/Home/End to step, which belong to the editor and
 * text fields while they have focus unless Alt is held.
 */
final class KeyBindings {
    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final Session session;
    private final WindowActions actions;

    private KeyBindings(Session session, WindowActions actions) {
        this.session = session;
        this.actions = actions;
    }

    static void install(Node root, Session session, WindowActions actions) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, new KeyBindings(session, actions)::onKey);
    }

    private void onKey(KeyEvent e) {
        if (RUN.match(e) || e.getCode() == KeyCode.F5) {
            actions.run();
        } else if (OPEN.match(e)) {
            actions.openFile();
        } else if (SAVE.match(e)) {
            actions.save();
        } else if (e.getCode() == KeyCode.F10) {
            if (e.isShiftDown()) session.backOver(); else session.stepOver();
        } else if (e.getCode() == KeyCode.F11) {
            if (e.isShiftDown()) session.stepOut(); else session.stepInto();
        } else if (!e.isAltDown() && typing(e)) {
            return;
        } else {
            switch (e.getCode()) {
                case LEFT -> session.back();
                case RIGHT -> session.forward();
                case HOME -> session.first();
                case END -> session.last();
                default -> { return; }
            }
        }
        e.consume();
    }

    private static boolean typing(KeyEvent e) {
        Node focus = e.getTarget() instanceof Node n && n.getScene() != null ? n.getScene().getFocusOwner() : null;
        return focus instanceof TextInputControl || focus instanceof GenericStyledArea;
    }
}
