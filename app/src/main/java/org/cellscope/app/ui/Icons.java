package org.cellscope.app.ui;

import javafx.scene.shape.SVGPath;

/** Toolbar glyphs as 16x16 SVG paths, coloured by CSS (style class "icon"). */
final class Icons {
    static final String FIRST = "M2 2h2.5v12H2z M14 2v12L5 8z";
    static final String BACK = "M12 2v12L3 8z";
    static final String FORWARD = "M4 2v12l9-6z";
    static final String LAST = "M11.5 2H14v12h-2.5z M2 2v12l9-6z";
    static final String STEP_OVER = "M1.5 12.5C1.5 5 12 3.5 13.3 9.2L15.5 7.6 15 13.2 9.8 11.6 12 10.2C10.7 6 3.6 6.6 3.5 12.5z"
            + " M6 14h4v1.5H6z";
    static final String STEP_INTO = "M7 1h2v8.5h3.2L8 14.5 3.8 9.5H7z M5 15h6v1H5z";
    static final String STEP_OUT = "M7 15V6.5H3.8L8 1.5l4.2 5H9V15z";
    static final String BACK_OVER = "M14.5 12.5C14.5 5 4 3.5 2.7 9.2L0.5 7.6 1 13.2 6.2 11.6 4 10.2C5.3 6 12.4 6.6 12.5 12.5z"
            + " M6 14h4v1.5H6z";
    static final String BACK_OUT = "M7 1v8.5H3.8L8 14.5l4.2-5H9V1z M3 0h10v1H3z";
    static final String RUN = "M3 2v12l10-6z";
    static final String OPEN = "M1 3h5l1.5 1.5H15V14H1z";

    private Icons() {}

    static SVGPath of(String path) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().add("icon");
        return svg;
    }
}
