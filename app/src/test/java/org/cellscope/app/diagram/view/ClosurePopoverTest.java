package org.cellscope.app.diagram.view;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.cellscope.app.diagram.DiagramModel;
import org.cellscope.app.diagram.Fixtures;
import org.cellscope.app.diagram.ObjectNode.FunctionNode;
import org.cellscope.app.export.HeadlessFx;
import org.junit.jupiter.api.Test;

/** The popover's text for the loop-lambda pitfall and for its fix. */
class ClosurePopoverTest {

    private static String text(DiagramModel m, long function) throws Exception {
        return HeadlessFx.call(() -> {
            ClosurePopover p = new ClosurePopover((FunctionNode) m.object(function).orElseThrow(), m, id -> {});
            List<String> out = new ArrayList<>();
            collect(p.getContentNode(), out);
            return String.join("|", out);
        });
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Label l && !l.getText().isEmpty()) out.add(l.getText());
        else if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }

    @Test
    void aLoopLambdaSharesItsCellWithTheOtherTwo() throws Exception {
        String text = text(DiagramModel.of(Fixtures.lambdasDone(), Fixtures.lambdasReturn()), Fixtures.LAMBDA1);
        assertTrue(text.contains("|i|cell #1|2|int|"), text);
        assertTrue(text.contains("Cell created by|<listcomp> (just returned)"), text);
        assertTrue(text.contains("Shared with|<listcomp>.<lambda>() at 0x7f3a2200\n<listcomp>.<lambda>() at 0x7f3a2400"), text);
    }

    @Test
    void theFixedLambdaKeepsADefaultAndNoCell() throws Exception {
        String text = text(DiagramModel.of(Fixtures.fixedLambdasDone(), null), Fixtures.LAMBDA0);
        assertEquals("<listcomp>.<lambda>|function · no free variables · defined at line 1"
                + "|__closure__ is None: this function keeps no cells.|__defaults__|(0,)|Address|0x7f3a2200", text);
    }
}
