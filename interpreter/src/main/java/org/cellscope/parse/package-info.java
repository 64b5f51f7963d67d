/**
 * Source text to the immutable AST of {@code org.cellscope.ast}, or the SyntaxError CPython 3.11
 * raises for the same text.
 *
 * <p>The way through: {@link org.cellscope.parse.PythonTokenSource} turns the raw ANTLR lexer's
 * tokens into CPython's logical lines (INDENT, DEDENT, brackets) and keeps the tokenizer's first
 * error; {@code TwoStageParse} runs the ANTLR parser (SLL, then LL); {@code AstBuilder} builds
 * the tree with CPython's positions, checking what CPython's grammar checks (targets, argument
 * order); {@code ControlFlowChecker} does the compiler's checks (return, break, yield ...).
 *
 * <p>When the parse fails, {@code SyntaxDiagnosis} chooses the error as CPython's pegen does:
 * {@code SecondPass} stands in for its second parse with the "invalid_" rules, the tokenizer's
 * error or an unclosed bracket may take precedence, and {@code Carets} finally places the caret
 * where CPython's traceback prints it. The test resources under {@code parse/} hold the
 * programs, CPython's answers for them and the scripts that regenerate those answers.
 */
package org.cellscope.parse;
