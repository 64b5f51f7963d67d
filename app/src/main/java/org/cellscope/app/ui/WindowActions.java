package org.cellscope.app.ui;

/** What the toolbar and the keys ask the window to do beyond stepping. */
interface WindowActions {
    /** Record the editor's text again. */
    void run();

    /** Ask for a .py file and open it. */
    void openFile();

    /** Save the code to its file (asking for one for an example). */
    void save();

    /** Open a bundled example by file name. */
    void openExample(String name);
}
