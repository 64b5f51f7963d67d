package org.cellscope.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cellscope.ast.Alias;
import org.cellscope.ast.Arguments;
import org.cellscope.ast.CmpOp;
import org.cellscope.ast.Comprehension;
import org.cellscope.ast.ExceptHandler;
import org.cellscope.ast.Expr;
import org.cellscope.ast.Keyword;
import org.cellscope.ast.Module;
import org.cellscope.ast.Operator;
import org.cellscope.ast.Pos;
import org.cellscope.ast.Stmt;
import org.cellscope.ast.UnaryOperator;
import org.cellscope.ast.WithItem;
import org.cellscope.parse.PythonParser.*;

/**
 * The one pass from ANTLR's parse tree to the immutable AST, with CPython's positions. Checks
 * that CPython's grammar makes (assignment targets, argument order) are made here, with
 * CPython's messages.
 */
final class AstBuilder extends PythonBaseVisitor<Object> {
    private final FStrings.ExpressionParser fieldParser;
    /** Whether the code being built runs in a function's frame (where yield is allowed). */
    private boolean inFunction;
    /** yield and await where CPython's compiler rejects them; raised after parsing, as CPython does. */
    private final List<PySyntaxError> compileErrors = new ArrayList<>();

    AstBuilder(FStrings.ExpressionParser fieldParser) {
        this.fieldParser = fieldParser;
    }

    List<PySyntaxError> compileErrors() {
        return List.copyOf(compileErrors);
    }

    Module module(File_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        ctx.stmt().forEach(s -> body.addAll(statements(s)));
        return new Module(Pos.NONE, List.copyOf(body));
    }

    Expr fieldExpression(Fstring_exprContext ctx) {
        return expr(ctx.getChild(0));
    }

    private Expr expr(ParseTree tree) {
        return (Expr) visit(tree);
    }

    private Expr exprOrNull(ParseTree tree) {
        return tree == null ? null : expr(tree);
    }

    private List<Expr> exprs(List<? extends ParseTree> trees) {
        return trees.stream().map(this::expr).toList();
    }

    // ------------------------------------------------------------ statements

    List<Stmt> statements(StmtContext ctx) {
        if (ctx.simple_stmts() != null) {
            return simpleStatements(ctx.simple_stmts());
        }
        return List.of((Stmt) visit(ctx.compound_stmt().getChild(0)));
    }

    private List<Stmt> simpleStatements(Simple_stmtsContext ctx) {
        return ctx.simple_stmt().stream().map(s -> (Stmt) visit(s.getChild(0))).toList();
    }

    private List<Stmt> block(BlockContext ctx) {
        if (ctx.simple_stmts() != null) {
            return simpleStatements(ctx.simple_stmts());
        }
        List<Stmt> body = new ArrayList<>();
        ctx.stmt().forEach(s -> body.addAll(statements(s)));
        return List.copyOf(body);
    }

    private List<Stmt> blockIn(boolean function, BlockContext ctx) {
        boolean outer = inFunction;
        inFunction = function;
        try {
            return block(ctx);
        } finally {
            inFunction = outer;
        }
    }

    private static Pos through(Token first, List<Stmt> body) {
        return Positions.of(first, body.get(body.size() - 1));
    }

    @Override
    public Stmt visitExprStmt(ExprStmtContext ctx) {
        Expr value = expr(ctx.getChild(0));
        rejectBareStarred(value);
        return new Stmt.ExprStmt(Positions.of(ctx), value);
    }

    private static void rejectBareStarred(Expr value) {
        if (value instanceof Expr.Starred) {
            throw SyntaxErrors.at(value, "can't use starred expression here");
        }
    }

    @Override
    public Stmt visitAssignStmt(AssignStmtContext ctx) {
        List<ParserRuleContext> sides = ctx.getRuleContexts(ParserRuleContext.class);
        List<Expr> all = exprs(sides);
        List<Expr> targets = all.subList(0, all.size() - 1);
        Expr value = all.get(all.size() - 1);
        for (int i = 0; i < targets.size(); i++) {
            checkAssignTarget(targets.get(i), sides.get(i).getChildCount() > 1, targets.size() == 1);
        }
        rejectBareStarred(value);
        return new Stmt.Assign(Positions.of(ctx), List.copyOf(targets), value);
    }

    /** CPython's invalid_assignment and invalid_named_expression rules, as far as they differ. */
    private static void checkAssignTarget(Expr target, boolean bareTuple, boolean single) {
        if (target instanceof Expr.Starred) {
            throw SyntaxErrors.at(target, "starred assignment target must be in a list or tuple");
        }
        Expr bad = Targets.invalidPart(target);
        if (bad == null) {
            return;
        }
        boolean last = bad == target
                || bareTuple && ((Expr.Tuple) target).elts().get(((Expr.Tuple) target).elts().size() - 1) == bad;
        String message = "cannot assign to " + Targets.describe(bad);
        if (single && last && Targets.suggestsComparison(bad)) {
            message += " here. Maybe you meant '==' instead of '='?";
        }
        throw SyntaxErrors.at(bad, message);
    }

    @Override
    public Stmt visitAugAssignStmt(AugAssignStmtContext ctx) {
        Expr target = expr(ctx.testlist_star_expr(0));
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw SyntaxErrors.at(target, "'" + Targets.describe(target) + "' is an illegal expression for augmented assignment");
        }
        String symbol = ctx.augassign().getText();
        Operator op = operator(symbol.substring(0, symbol.length() - 1));
        return new Stmt.AugAssign(Positions.of(ctx), target, op, expr(ctx.getChild(2)));
    }

    @Override
    public Stmt visitAnnAssignStmt(AnnAssignStmtContext ctx) {
        Expr target = expr(ctx.testlist_star_expr());
        if (target instanceof Expr.Tuple || target instanceof Expr.ListExpr) {
            String kind = target instanceof Expr.Tuple ? "tuple" : "list";
            throw SyntaxErrors.at(target, "only single target (not " + kind + ") can be annotated");
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw SyntaxErrors.at(target, "illegal target for annotation");
        }
        AnnassignContext ann = ctx.annassign();
        Expr value = ann.getChildCount() > 2 ? expr(ann.getChild(3)) : null;
        boolean simple = target instanceof Expr.Name && ctx.getStart().getType() != PythonLexer.OPEN_PAREN;
        return new Stmt.AnnAssign(Positions.of(ctx), target, expr(ann.test()), value, simple);
    }

    @Override
    public Stmt visitDel_stmt(Del_stmtContext ctx) {
        List<Expr> targets = exprs(ctx.exprlist().getRuleContexts(ParserRuleContext.class));
        targets.forEach(t -> Targets.check(t, "delete"));
        return new Stmt.Delete(Positions.of(ctx), targets);
    }

    @Override
    public Stmt visitPass_stmt(Pass_stmtContext ctx) {
        return new Stmt.Pass(Positions.of(ctx));
    }

    @Override
    public Stmt visitBreak_stmt(Break_stmtContext ctx) {
        return new Stmt.Break(Positions.of(ctx));
    }

    @Override
    public Stmt visitContinue_stmt(Continue_stmtContext ctx) {
        return new Stmt.Continue(Positions.of(ctx));
    }

    @Override
    public Stmt visitReturn_stmt(Return_stmtContext ctx) {
        Expr value = exprOrNull(ctx.testlist_star_expr());
        rejectBareStarred(value);
        return new Stmt.Return(Positions.of(ctx), value);
    }

    @Override
    public Stmt visitRaise_stmt(Raise_stmtContext ctx) {
        return new Stmt.Raise(Positions.of(ctx), exprOrNull(ctx.test(0)), exprOrNull(ctx.test(1)));
    }

    @Override
    public Stmt visitImport_name(Import_nameContext ctx) {
        List<Alias> names = ctx.dotted_as_name().stream()
                .map(a -> new Alias(Positions.of(a), a.dotted_name().getText(), textOrNull(a.NAME()))).toList();
        return new Stmt.Import(Positions.of(ctx), names);
    }

    @Override
    public Stmt visitImport_from(Import_fromContext ctx) {
        int level = ctx.import_dots().stream().mapToInt(d -> d.getText().length()).sum();
        String module = ctx.dotted_name() == null ? null : ctx.dotted_name().getText();
        Import_targetsContext targets = ctx.import_targets();
        List<Alias> names = targets.STAR() != null
                ? List.of(new Alias(Positions.of(targets.STAR()), "*", null))
                : targets.import_as_name().stream()
                        .map(a -> new Alias(Positions.of(a), a.NAME(0).getText(), textOrNull(a.NAME(1)))).toList();
        return new Stmt.ImportFrom(Positions.of(ctx), module, names, level);
    }

    private static String textOrNull(TerminalNode node) {
        return node == null ? null : node.getText();
    }

    @Override
    public Stmt visitGlobal_stmt(Global_stmtContext ctx) {
        return new Stmt.Global(Positions.of(ctx), ctx.NAME().stream().map(ParseTree::getText).toList());
    }

    @Override
    public Stmt visitNonlocal_stmt(Nonlocal_stmtContext ctx) {
        return new Stmt.Nonlocal(Positions.of(ctx), ctx.NAME().stream().map(ParseTree::getText).toList());
    }

    @Override
    public Stmt visitAssert_stmt(Assert_stmtContext ctx) {
        return new Stmt.Assert(Positions.of(ctx), expr(ctx.test(0)), exprOrNull(ctx.test(1)));
    }

    @Override
    public Stmt visitIf_stmt(If_stmtContext ctx) {
        List<Stmt> orelse = elseBody(ctx.else_clause());
        for (int i = ctx.elif_clause().size() - 1; i >= 0; i--) {
            Elif_clauseContext elif = ctx.elif_clause(i);
            List<Stmt> body = block(elif.block());
            Pos pos = through(elif.getStart(), orelse.isEmpty() ? body : orelse);
            orelse = List.of(new Stmt.If(pos, condition(elif.condition()), body, orelse));
        }
        List<Stmt> body = block(ctx.block());
        return new Stmt.If(through(ctx.getStart(), orelse.isEmpty() ? body : orelse), condition(ctx.condition()), body, orelse);
    }

    private List<Stmt> elseBody(Else_clauseContext ctx) {
        return ctx == null ? List.of() : block(ctx.block());
    }

    /** {@code if x = 1:} is parsed so that it can fail as CPython's invalid_named_expression does. */
    private Expr condition(ConditionContext ctx) {
        Expr test = expr(ctx.namedexpr_test());
        if (ctx.test() == null) {
            return test;
        }
        if (test instanceof Expr.Name) {
            // CPython's rule reads a bitwise_or after the '=': a comparison ends the range
            ParserRuleContext value = ctx.test();
            Not_testContext first = value.getRuleContext(Or_testContext.class, 0) == null ? null
                    : ctx.test().or_test(0).and_test(0).not_test(0);
            if (first != null && first.comparison() != null) {
                value = first.comparison().expr(0);
            }
            throw SyntaxErrors.at(Positions.span(test.pos(), Positions.of(value)),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        throw SyntaxErrors.at(test, "cannot assign to " + Targets.describe(test) + " here. Maybe you meant '==' instead of '='?");
    }

    @Override
    public Stmt visitWhile_stmt(While_stmtContext ctx) {
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = elseBody(ctx.else_clause());
        return new Stmt.While(through(ctx.getStart(), orelse.isEmpty() ? body : orelse), condition(ctx.condition()), body, orelse);
    }

    @Override
    public Stmt visitFor_stmt(For_stmtContext ctx) {
        Expr target = expr(ctx.exprlist());
        Targets.check(target, "assign to");
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = elseBody(ctx.else_clause());
        Expr iter = expr(ctx.testlist_star_expr());
        rejectBareStarred(iter);
        return new Stmt.For(through(ctx.getStart(), orelse.isEmpty() ? body : orelse), target, iter, body, orelse);
    }

    @Override
    public Stmt visitTry_stmt(Try_stmtContext ctx) {
        List<Stmt> body = block(ctx.block());
        List<ExceptHandler> handlers = ctx.except_clause().stream().map(this::handler).toList();
        List<Stmt> orelse = elseBody(ctx.else_clause());
        List<Stmt> finalbody = ctx.finally_clause() == null ? List.of() : block(ctx.finally_clause().block());
        List<Stmt> last = !finalbody.isEmpty() ? finalbody : !orelse.isEmpty() ? orelse
                : handlers.get(handlers.size() - 1).body();
        return new Stmt.Try(through(ctx.getStart(), last), body, handlers, orelse, finalbody);
    }

    private ExceptHandler handler(Except_clauseContext ctx) {
        if (ctx.STAR() != null) {
            throw UnsupportedFeature.at(ctx.getStart(), "except* clauses");
        }
        List<Stmt> body = block(ctx.block());
        return new ExceptHandler(through(ctx.getStart(), body), exprOrNull(ctx.test()), textOrNull(ctx.NAME()), body);
    }

    @Override
    public Stmt visitWith_stmt(With_stmtContext ctx) {
        List<WithItem> items = ctx.with_item().stream().map(this::withItem).toList();
        List<Stmt> body = block(ctx.block());
        return new Stmt.With(through(ctx.getStart(), body), items, body);
    }

    private WithItem withItem(With_itemContext ctx) {
        Expr target = exprOrNull(ctx.expr());
        if (target != null) {
            Targets.check(target, "assign to");
        }
        return new WithItem(Positions.of(ctx), expr(ctx.test()), target);
    }

    @Override
    public Stmt visitFuncdef(FuncdefContext ctx) {
        return function(ctx, List.of());
    }

    private Stmt function(FuncdefContext ctx, List<Expr> decorators) {
        Arguments args = ctx.parameter_list() == null ? Arguments.empty(Positions.of(ctx.CLOSE_PAREN()))
                : parameters(ctx.parameter_list());
        List<Stmt> body = blockIn(true, ctx.block());
        return new Stmt.FunctionDef(through(ctx.getStart(), body), ctx.NAME().getText(), args, body, decorators,
                exprOrNull(ctx.test()));
    }

    private Arguments parameters(Parameter_listContext ctx) {
        ParameterListBuilder params = new ParameterListBuilder();
        for (ParameterContext p : ctx.parameter()) {
            if (p instanceof PosonlyMarkerContext) {
                params.slash(p.getStart());
            } else if (p instanceof StarParameterContext star) {
                params.star(p.getStart(), star.typed_name() == null ? null : arg(star.typed_name()));
            } else if (p instanceof KwargParameterContext kw) {
                params.doubleStar(p.getStart(), arg(kw.typed_name()));
            } else {
                PlainParameterContext plain = (PlainParameterContext) p;
                params.plain(p.getStart(), arg(plain.typed_name()), exprOrNull(plain.test()));
            }
        }
        return params.build(Positions.of(ctx));
    }

    private Arguments.Arg arg(Typed_nameContext ctx) {
        return new Arguments.Arg(Positions.of(ctx), ctx.NAME().getText(), exprOrNull(ctx.test()));
    }

    @Override
    public Stmt visitClassdef(ClassdefContext ctx) {
        return classDef(ctx, List.of());
    }

    private Stmt classDef(ClassdefContext ctx, List<Expr> decorators) {
        CallArguments bases = ctx.arglist() == null ? CallArguments.NONE : callArguments(ctx.arglist(), ctx.CLOSE_PAREN().getSymbol());
        List<Stmt> body = blockIn(false, ctx.block());
        return new Stmt.ClassDef(through(ctx.getStart(), body), ctx.NAME().getText(), bases.args(), bases.keywords(),
                body, decorators);
    }

    @Override
    public Stmt visitDecorated(DecoratedContext ctx) {
        List<Expr> decorators = ctx.decorator().stream().map(d -> expr(d.namedexpr_test())).toList();
        if (ctx.funcdef() != null) {
            return function(ctx.funcdef(), decorators);
        }
        if (ctx.classdef() != null) {
            return classDef(ctx.classdef(), decorators);
        }
        return visitAsync_stmt(ctx.async_stmt());
    }

    @Override
    public Stmt visitAsync_stmt(Async_stmtContext ctx) {
        String what = ctx.funcdef() != null ? "async functions" : ctx.for_stmt() != null ? "async for loops"
                : "async with statements";
        throw UnsupportedFeature.at(ctx.getStart(), what);
    }

    // ------------------------------------------------------------ expressions

    @Override
    public Expr visitCondition(ConditionContext ctx) {
        return condition(ctx);
    }

    @Override
    public Expr visitNamedexpr_test(Namedexpr_testContext ctx) {
        Expr target = expr(ctx.test(0));
        if (ctx.test().size() == 1) {
            return target;
        }
        if (!(target instanceof Expr.Name name)) {
            throw SyntaxErrors.at(target, "cannot use assignment expressions with " + Targets.describe(target));
        }
        return new Expr.NamedExpr(Positions.of(ctx), name, expr(ctx.test(1)));
    }

    @Override
    public Expr visitTest(TestContext ctx) {
        if (ctx.lambdef() != null) {
            return expr(ctx.lambdef());
        }
        Expr body = expr(ctx.or_test(0));
        if (ctx.IF() == null) {
            return body;
        }
        if (ctx.test() == null) {
            throw SyntaxErrors.at(Positions.of(ctx), "expected 'else' after 'if' expression");
        }
        return new Expr.IfExp(Positions.of(ctx), expr(ctx.or_test(1)), body, expr(ctx.test()));
    }

    @Override
    public Expr visitLambdef(LambdefContext ctx) {
        Arguments args = ctx.lambda_parameter_list() == null ? Arguments.empty(Positions.of(ctx.getStart()))
                : lambdaParameters(ctx.lambda_parameter_list());
        boolean outer = inFunction;
        inFunction = true;
        try {
            return new Expr.Lambda(Positions.of(ctx), args, expr(ctx.test()));
        } finally {
            inFunction = outer;
        }
    }

    private Arguments lambdaParameters(Lambda_parameter_listContext ctx) {
        ParameterListBuilder params = new ParameterListBuilder();
        for (Lambda_parameterContext p : ctx.lambda_parameter()) {
            if (p instanceof LambdaPosonlyMarkerContext) {
                params.slash(p.getStart());
            } else if (p instanceof LambdaStarParameterContext star) {
                params.star(p.getStart(), star.NAME() == null ? null : arg(star.NAME()));
            } else if (p instanceof LambdaKwargParameterContext kw) {
                params.doubleStar(p.getStart(), arg(kw.NAME()));
            } else {
                LambdaPlainParameterContext plain = (LambdaPlainParameterContext) p;
                params.plain(p.getStart(), arg(plain.NAME()), exprOrNull(plain.test()));
            }
        }
        return params.build(Positions.of(ctx));
    }

    private static Arguments.Arg arg(TerminalNode name) {
        return new Arguments.Arg(Positions.of(name), name.getText(), null);
    }

    @Override
    public Expr visitOr_test(Or_testContext ctx) {
        return ctx.and_test().size() == 1 ? expr(ctx.and_test(0))
                : new Expr.BoolOp(Positions.of(ctx), false, exprs(ctx.and_test()));
    }

    @Override
    public Expr visitAnd_test(And_testContext ctx) {
        return ctx.not_test().size() == 1 ? expr(ctx.not_test(0))
                : new Expr.BoolOp(Positions.of(ctx), true, exprs(ctx.not_test()));
    }

    @Override
    public Expr visitNot_test(Not_testContext ctx) {
        return ctx.comparison() != null ? expr(ctx.comparison())
                : new Expr.UnaryOp(Positions.of(ctx), UnaryOperator.NOT, expr(ctx.not_test()));
    }

    @Override
    public Expr visitComparison(ComparisonContext ctx) {
        if (ctx.comp_op().isEmpty()) {
            return expr(ctx.expr(0));
        }
        List<CmpOp> ops = ctx.comp_op().stream().map(AstBuilder::comparisonOperator).toList();
        return new Expr.Compare(Positions.of(ctx), expr(ctx.expr(0)), ops, exprs(ctx.expr().subList(1, ctx.expr().size())));
    }

    private static CmpOp comparisonOperator(Comp_opContext ctx) {
        String symbol = ctx.getChildCount() == 2 ? ctx.getChild(0).getText() + " " + ctx.getChild(1).getText() : ctx.getText();
        for (CmpOp op : CmpOp.values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalStateException("comparison " + symbol);
    }

    @Override
    public Expr visitStar_expr(Star_exprContext ctx) {
        return new Expr.Starred(Positions.of(ctx), expr(ctx.expr()));
    }

    @Override
    public Expr visitPowerExpr(PowerExprContext ctx) {
        return new Expr.BinOp(Positions.of(ctx), expr(ctx.expr(0)), Operator.POW, expr(ctx.expr(1)));
    }

    @Override
    public Expr visitUnaryExpr(UnaryExprContext ctx) {
        UnaryOperator op = switch (ctx.op.getText()) {
            case "+" -> UnaryOperator.UADD;
            case "-" -> UnaryOperator.USUB;
            default -> UnaryOperator.INVERT;
        };
        return new Expr.UnaryOp(Positions.of(ctx), op, expr(ctx.expr()));
    }

    @Override
    public Expr visitBinaryExpr(BinaryExprContext ctx) {
        return new Expr.BinOp(Positions.of(ctx), expr(ctx.expr(0)), operator(ctx.op.getText()), expr(ctx.expr(1)));
    }

    private static Operator operator(String symbol) {
        for (Operator op : Operator.values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalStateException("operator " + symbol);
    }

    @Override
    public Expr visitPrimaryExpr(PrimaryExprContext ctx) {
        return expr(ctx.primary());
    }

    @Override
    public Expr visitPrimary(PrimaryContext ctx) {
        if (ctx.AWAIT() != null) {
            // CPython's compiler rejects every await Cellscope could meet: async functions are unsupported
            String where = inFunction ? "async function" : "function";
            compileErrors.add(SyntaxErrors.at(Positions.of(ctx), "'await' outside " + where));
        }
        Expr value = expr(ctx.atom());
        Token start = ctx.getStart();
        for (TrailerContext trailer : ctx.trailer()) {
            Pos pos = Positions.of(start, trailer.getStop());
            if (trailer instanceof CallTrailerContext call) {
                CallArguments args = call.arglist() == null ? CallArguments.NONE
                        : callArguments(call.arglist(), call.CLOSE_PAREN().getSymbol());
                value = new Expr.Call(pos, value, args.args(), args.keywords());
            } else if (trailer instanceof SubscriptTrailerContext sub) {
                value = new Expr.Subscript(pos, value, subscripts(sub.subscriptlist()));
            } else {
                value = new Expr.Attribute(pos, value, ((AttributeTrailerContext) trailer).NAME().getText());
            }
        }
        return value;
    }

    private CallArguments callArguments(ArglistContext ctx, Token close) {
        CallArguments.Builder call = new CallArguments.Builder(close);
        boolean sole = ctx.argument().size() == 1 && ctx.COMMA().isEmpty();
        for (ArgumentContext a : ctx.argument()) {
            if (a.NAME() != null) {
                call.keyword(new Keyword(Positions.of(a), a.NAME().getText(), expr(a.test(0))));
            } else if (a.ASSIGN() != null) {
                throw SyntaxErrors.at(Positions.of(a.getStart(), a.ASSIGN().getSymbol()),
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
            } else if (a.POWER() != null) {
                call.keyword(new Keyword(Positions.of(a), null, expr(a.test(0))));
            } else if (a.STAR() != null) {
                call.positional(new Expr.Starred(Positions.of(a), expr(a.test(0))));
            } else if (a.comp_for() != null) {
                Expr elt = expr(a.namedexpr_test());
                if (!sole) {
                    throw SyntaxErrors.at(Positions.of(a), "Generator expression must be parenthesized");
                }
                Pos parens = Positions.of(((ParserRuleContext) ctx.getParent()).getStart(), close);
                call.positional(new Expr.GeneratorExp(parens, elt, comprehensions(a.comp_for())));
            } else {
                call.positional(expr(a.namedexpr_test()));
            }
        }
        return call.build();
    }

    private Expr subscripts(SubscriptlistContext ctx) {
        if (ctx.subscript().size() == 1 && ctx.COMMA().isEmpty() && ctx.subscript(0).star_expr() == null) {
            return subscript(ctx.subscript(0));
        }
        return new Expr.Tuple(Positions.of(ctx), ctx.subscript().stream().map(this::subscript).toList());
    }

    private Expr subscript(SubscriptContext ctx) {
        if (ctx.COLON().isEmpty()) {
            return expr(ctx.getChild(0));
        }
        Expr[] parts = new Expr[3];
        int part = 0;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode) {
                part++;
            } else {
                parts[part] = expr(child);
            }
        }
        return new Expr.Slice(Positions.of(ctx), parts[0], parts[1], parts[2]);
    }

    @Override
    public Expr visitParenAtom(ParenAtomContext ctx) {
        Pos pos = Positions.of(ctx);
        if (ctx.yield_expr() != null) {
            return expr(ctx.yield_expr());
        }
        Testlist_compContext items = ctx.testlist_comp();
        if (items == null) {
            return new Expr.Tuple(pos, List.of());
        }
        if (items.comp_for() != null) {
            return new Expr.GeneratorExp(pos, expr(items.getChild(0)), comprehensions(items.comp_for()));
        }
        List<Expr> elts = exprs(items.getRuleContexts(ParserRuleContext.class));
        if (elts.size() == 1 && items.COMMA().isEmpty()) {
            if (elts.get(0) instanceof Expr.Starred) {
                throw SyntaxErrors.at(elts.get(0), "cannot use starred expression here");
            }
            return elts.get(0);
        }
        return new Expr.Tuple(pos, elts);
    }

    @Override
    public Expr visitListAtom(ListAtomContext ctx) {
        Pos pos = Positions.of(ctx);
        Testlist_compContext items = ctx.testlist_comp();
        if (items == null) {
            return new Expr.ListExpr(pos, List.of());
        }
        if (items.comp_for() != null) {
            return new Expr.ListComp(pos, expr(items.getChild(0)), comprehensions(items.comp_for()));
        }
        return new Expr.ListExpr(pos, exprs(items.getRuleContexts(ParserRuleContext.class)));
    }

    @Override
    public Expr visitBraceAtom(BraceAtomContext ctx) {
        Pos pos = Positions.of(ctx);
        DictorsetmakerContext items = ctx.dictorsetmaker();
        if (items == null) {
            return new Expr.DictExpr(pos, List.of(), List.of());
        }
        if (items.dict_item().isEmpty()) {
            if (items.comp_for() != null) {
                return new Expr.SetComp(pos, expr(items.getChild(0)), comprehensions(items.comp_for()));
            }
            return new Expr.SetExpr(pos, exprs(items.getRuleContexts(ParserRuleContext.class)));
        }
        if (items.comp_for() != null) {
            Dict_itemContext item = items.dict_item(0);
            if (item.POWER() != null) {
                throw SyntaxErrors.at(Positions.of(item), "dict unpacking cannot be used in dict comprehension");
            }
            return new Expr.DictComp(pos, expr(item.test(0)), expr(item.test(1)), comprehensions(items.comp_for()));
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Dict_itemContext item : items.dict_item()) {
            keys.add(item.POWER() != null ? null : expr(item.test(0)));
            values.add(item.POWER() != null ? expr(item.expr()) : expr(item.test(1)));
        }
        return new Expr.DictExpr(pos, java.util.Collections.unmodifiableList(keys), List.copyOf(values));
    }

    private List<Comprehension> comprehensions(Comp_forContext ctx) {
        List<Comprehension> generators = new ArrayList<>();
        for (Comp_clauseContext clause : ctx.comp_clause()) {
            if (clause.ASYNC() != null) {
                throw UnsupportedFeature.at(clause.ASYNC().getSymbol(), "async comprehensions");
            }
            Expr target = expr(clause.exprlist());
            Targets.check(target, "assign to");
            List<Or_testContext> tests = clause.or_test();
            generators.add(new Comprehension(Positions.of(clause), target, expr(tests.get(0)),
                    exprs(tests.subList(1, tests.size()))));
        }
        return List.copyOf(generators);
    }

    @Override
    public Expr visitExprlist(ExprlistContext ctx) {
        return tupleUnlessSingle(ctx, ctx.COMMA().isEmpty());
    }

    @Override
    public Expr visitTestlist_star_expr(Testlist_star_exprContext ctx) {
        return tupleUnlessSingle(ctx, ctx.COMMA().isEmpty());
    }

    /** {@code a, b} without brackets: a Tuple spanning its elements (and a trailing comma). */
    private Expr tupleUnlessSingle(ParserRuleContext ctx, boolean single) {
        List<Expr> elts = exprs(ctx.getRuleContexts(ParserRuleContext.class));
        return single ? elts.get(0) : new Expr.Tuple(Positions.of(ctx), elts);
    }

    @Override
    public Expr visitYield_expr(Yield_exprContext ctx) {
        Pos pos = Positions.of(ctx);
        if (!inFunction) {
            compileErrors.add(SyntaxErrors.at(pos, "'yield' outside function"));
        }
        if (ctx.FROM() != null) {
            return new Expr.YieldFrom(pos, expr(ctx.test()));
        }
        return new Expr.Yield(pos, exprOrNull(ctx.testlist_star_expr()));
    }

    @Override
    public Expr visitNameAtom(NameAtomContext ctx) {
        return new Expr.Name(Positions.of(ctx), ctx.getText());
    }

    @Override
    public Expr visitNumberAtom(NumberAtomContext ctx) {
        return NumberLiterals.parse(ctx.getText(), Positions.of(ctx));
    }

    @Override
    public Expr visitStringAtom(StringAtomContext ctx) {
        return StringAtoms.build(ctx.STRING().stream().map(TerminalNode::getSymbol).toList(), Positions.of(ctx), fieldParser);
    }

    @Override
    public Expr visitEllipsisAtom(EllipsisAtomContext ctx) {
        return new Expr.EllipsisLit(Positions.of(ctx));
    }

    @Override
    public Expr visitNoneAtom(NoneAtomContext ctx) {
        return new Expr.NoneLit(Positions.of(ctx));
    }

    @Override
    public Expr visitTrueAtom(TrueAtomContext ctx) {
        return new Expr.BoolLit(Positions.of(ctx), true);
    }

    @Override
    public Expr visitFalseAtom(FalseAtomContext ctx) {
        return new Expr.BoolLit(Positions.of(ctx), false);
    }
}
