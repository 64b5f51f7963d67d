package org.cellscope.app.ui;

/** What the toolbar asks the window to do beyond stepping. */
interface WindowActions {
    /** Record the editor's text again. */
    void run();

    /** Ask for a .py file and open it. */
    void openFile();

    /** Open a bundled example by file name. */
    void openExample(String name);
}
