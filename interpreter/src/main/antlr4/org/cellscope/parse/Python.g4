/*
 * The Python 3.11 subset Cellscope runs. The lexer emits NEWLINE for every line break;
 * PythonTokenSource turns that raw stream into logical lines (INDENT, DEDENT, no NEWLINE inside
 * brackets or on blank lines) and reports the tokenizer's errors as CPython words them.
 * Targets and parameter orders are parsed loosely and checked by AstBuilder, which raises
 * CPython's messages ("cannot assign to literal", ...), as CPython's own grammar does.
 */
grammar Python;

// Qualified: org.cellscope.parse.Parser is the public entry point, not ANTLR's base class.
options { superClass = org.antlr.v4.runtime.Parser; }

tokens { INDENT, DEDENT }

// ---------------------------------------------------------------- statements

file_input : (NEWLINE | stmt)* EOF ;

/** An f-string replacement field, parsed on its own. */
fstring_expr : (yield_expr | testlist_star_expr) NEWLINE* EOF ;

stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt (';' simple_stmt)* ';'? NEWLINE ;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | import_name
    | import_from
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    ;

expr_stmt
    : testlist_star_expr annassign                                   # annAssignStmt
    | testlist_star_expr augassign (yield_expr | testlist_star_expr) # augAssignStmt
    | testlist_star_expr ('=' (yield_expr | testlist_star_expr))+    # assignStmt
    | (yield_expr | testlist_star_expr)                              # exprStmt
    ;

annassign : ':' test ('=' (yield_expr | testlist_star_expr))? ;

augassign
    : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
    ;

del_stmt : 'del' exprlist ;
pass_stmt : 'pass' ;
break_stmt : 'break' ;
continue_stmt : 'continue' ;
return_stmt : 'return' testlist_star_expr? ;
raise_stmt : 'raise' (test ('from' test)?)? ;

import_name : 'import' dotted_as_name (',' dotted_as_name)* ;
import_from
    : 'from' import_dots* dotted_name 'import' import_targets
    | 'from' import_dots+ 'import' import_targets
    ;
import_dots : '.' | '...' ;
import_targets
    : '*'
    | '(' import_as_name (',' import_as_name)* ','? ')'
    | import_as_name (',' import_as_name)*
    ;
import_as_name : NAME ('as' NAME)? ;
dotted_as_name : dotted_name ('as' NAME)? ;
dotted_name : NAME ('.' NAME)* ;

global_stmt : 'global' NAME (',' NAME)* ;
nonlocal_stmt : 'nonlocal' NAME (',' NAME)* ;
assert_stmt : 'assert' test (',' test)? ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    ;

/** A test where '=' slipped in for '==' is parsed so that the builder can say so. */
condition : namedexpr_test ('=' test)? ;

if_stmt : 'if' condition ':' block elif_clause* else_clause? ;
elif_clause : 'elif' condition ':' block ;
else_clause : 'else' ':' block ;
while_stmt : 'while' condition ':' block else_clause? ;
for_stmt : 'for' exprlist 'in' testlist_star_expr ':' block else_clause? ;
try_stmt
    : 'try' ':' block (except_clause+ else_clause? finally_clause? | finally_clause)
    ;
except_clause : 'except' '*'? (test ('as' NAME)?)? ':' block ;
finally_clause : 'finally' ':' block ;
with_stmt
    : 'with' '(' with_item (',' with_item)* ','? ')' ':' block
    | 'with' with_item (',' with_item)* ':' block
    ;
with_item : test ('as' expr)? ;

funcdef : 'def' NAME '(' parameter_list? ')' ('->' test)? ':' block ;
parameter_list : parameter (',' parameter)* ','? ;
parameter
    : '/'                      # posonlyMarker
    | '*' typed_name?          # starParameter
    | '**' typed_name          # kwargParameter
    | typed_name ('=' test)?   # plainParameter
    ;
typed_name : NAME (':' test)? ;

classdef : 'class' NAME ('(' arglist? ')')? ':' block ;
decorated : decorator+ (classdef | funcdef | async_stmt) ;
decorator : '@' namedexpr_test NEWLINE ;
async_stmt : ASYNC (funcdef | with_stmt | for_stmt) ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

// ---------------------------------------------------------------- expressions

namedexpr_test : test (':=' test)? ;

/** A missing 'else' is parsed so that the builder can report it as CPython does. */
test
    : or_test ('if' or_test ('else' test)?)?
    | lambdef
    ;
lambdef : 'lambda' lambda_parameter_list? ':' test ;
lambda_parameter_list : lambda_parameter (',' lambda_parameter)* ','? ;
lambda_parameter
    : '/'                  # lambdaPosonlyMarker
    | '*' NAME?            # lambdaStarParameter
    | '**' NAME            # lambdaKwargParameter
    | NAME ('=' test)?     # lambdaPlainParameter
    ;

or_test : and_test ('or' and_test)* ;
and_test : not_test ('and' not_test)* ;
not_test : 'not' not_test | comparison ;
comparison : expr (comp_op expr)* ;
comp_op : '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in' | 'is' | 'is' 'not' ;
star_expr : '*' expr ;

/** Binary and unary arithmetic; earlier alternatives bind tighter, as in CPython. */
expr
    : primary                                          # primaryExpr
    | <assoc=right> expr '**' expr                     # powerExpr
    | op=('+' | '-' | '~') expr                        # unaryExpr
    | expr op=('*' | '@' | '/' | '//' | '%') expr      # binaryExpr
    | expr op=('+' | '-') expr                         # binaryExpr
    | expr op=('<<' | '>>') expr                       # binaryExpr
    | expr op='&' expr                                 # binaryExpr
    | expr op='^' expr                                 # binaryExpr
    | expr op='|' expr                                 # binaryExpr
    ;

primary : AWAIT? atom trailer* ;

trailer
    : '(' arglist? ')'            # callTrailer
    | '[' subscriptlist ']'       # subscriptTrailer
    | '.' NAME                    # attributeTrailer
    ;

atom
    : '(' (yield_expr | testlist_comp)? ')'     # parenAtom
    | '[' testlist_comp? ']'                    # listAtom
    | '{' dictorsetmaker? '}'                   # braceAtom
    | NAME                                      # nameAtom
    | NUMBER                                    # numberAtom
    | STRING+                                   # stringAtom
    | '...'                                     # ellipsisAtom
    | 'None'                                    # noneAtom
    | 'True'                                    # trueAtom
    | 'False'                                   # falseAtom
    ;

testlist_comp
    : (namedexpr_test | star_expr) (comp_for | (',' (namedexpr_test | star_expr))* ','?)
    ;

subscriptlist : subscript (',' subscript)* ','? ;
subscript
    : namedexpr_test
    | star_expr
    | test? ':' test? (':' test?)?
    ;

exprlist : (expr | star_expr) (',' (expr | star_expr))* ','? ;
testlist_star_expr : (test | star_expr) (',' (test | star_expr))* ','? ;

dictorsetmaker
    : dict_item (comp_for | (',' dict_item)* ','?)
    | (namedexpr_test | star_expr) (comp_for | (',' (namedexpr_test | star_expr))* ','?)
    ;
dict_item : test ':' test | '**' expr ;

arglist : argument (',' argument)* ','? ;
/** The third alternative is CPython's invalid_kwarg: {@code f(a.b=1)}. */
argument
    : NAME '=' test
    | namedexpr_test comp_for?
    | test '=' test
    | '**' test
    | '*' test
    ;

comp_for : comp_clause+ ;
comp_clause : ASYNC? 'for' exprlist 'in' or_test ('if' or_test)* ;

yield_expr : 'yield' ('from' test | testlist_star_expr)? ;

// ---------------------------------------------------------------- tokens

DEF : 'def' ; RETURN : 'return' ; RAISE : 'raise' ; FROM : 'from' ; IMPORT : 'import' ;
AS : 'as' ; GLOBAL : 'global' ; NONLOCAL : 'nonlocal' ; ASSERT : 'assert' ; IF : 'if' ;
ELIF : 'elif' ; ELSE : 'else' ; WHILE : 'while' ; FOR : 'for' ; IN : 'in' ; TRY : 'try' ;
FINALLY : 'finally' ; WITH : 'with' ; EXCEPT : 'except' ; LAMBDA : 'lambda' ; OR : 'or' ;
AND : 'and' ; NOT : 'not' ; IS : 'is' ; NONE : 'None' ; TRUE : 'True' ; FALSE : 'False' ;
CLASS : 'class' ; YIELD : 'yield' ; DEL : 'del' ; PASS : 'pass' ; CONTINUE : 'continue' ;
BREAK : 'break' ; ASYNC : 'async' ; AWAIT : 'await' ;

/** A comment ending the line belongs to its NEWLINE, as in CPython's error positions. */
NEWLINE : COMMENT? ('\r'? '\n' | '\r') ;

STRING : STRING_PREFIX? (LONG_STRING | SHORT_STRING) ;

NUMBER : INTEGER | FLOAT_NUMBER | IMAG_NUMBER ;

NAME : ID_START ID_CONTINUE* ;

ELLIPSIS : '...' ; DOT : '.' ; STAR : '*' ; OPEN_PAREN : '(' ; CLOSE_PAREN : ')' ; COMMA : ',' ;
COLON : ':' ; SEMI_COLON : ';' ; POWER : '**' ; ASSIGN : '=' ; OPEN_BRACK : '[' ;
CLOSE_BRACK : ']' ; OR_OP : '|' ; XOR : '^' ; AND_OP : '&' ; LEFT_SHIFT : '<<' ;
RIGHT_SHIFT : '>>' ; ADD : '+' ; MINUS : '-' ; DIV : '/' ; MOD : '%' ; IDIV : '//' ;
NOT_OP : '~' ; OPEN_BRACE : '{' ; CLOSE_BRACE : '}' ; LESS_THAN : '<' ; GREATER_THAN : '>' ;
EQUALS : '==' ; GT_EQ : '>=' ; LT_EQ : '<=' ; NOT_EQ_1 : '<>' ; NOT_EQ_2 : '!=' ; AT : '@' ;
ARROW : '->' ; ADD_ASSIGN : '+=' ; SUB_ASSIGN : '-=' ; MULT_ASSIGN : '*=' ; AT_ASSIGN : '@=' ;
DIV_ASSIGN : '/=' ; MOD_ASSIGN : '%=' ; AND_ASSIGN : '&=' ; OR_ASSIGN : '|=' ; XOR_ASSIGN : '^=' ;
LEFT_SHIFT_ASSIGN : '<<=' ; RIGHT_SHIFT_ASSIGN : '>>=' ; POWER_ASSIGN : '**=' ;
IDIV_ASSIGN : '//=' ; WALRUS : ':=' ;

SKIP_ : (SPACES | COMMENT | LINE_JOINING) -> skip ;

/** Anything else; PythonTokenSource turns it into CPython's tokenizer error. */
ERROR_CHAR : . ;

fragment STRING_PREFIX : [rRuUbBfF] | [rR] [bBfF] | [bBfF] [rR] ;
fragment SHORT_STRING
    : '\'' ('\\' . | ~[\\\r\n'])* '\''
    | '"' ('\\' . | ~[\\\r\n"])* '"'
    ;
fragment LONG_STRING
    : '\'\'\'' ('\\' . | ~'\\')*? '\'\'\''
    | '"""' ('\\' . | ~'\\')*? '"""'
    ;

fragment INTEGER
    : [1-9] ('_'? [0-9])*
    | '0'+ ('_'? '0')*
    | '0' [oO] ('_'? [0-7])+
    | '0' [xX] ('_'? [0-9a-fA-F])+
    | '0' [bB] ('_'? [01])+
    ;
fragment DIGITS : [0-9] ('_'? [0-9])* ;
fragment POINT_FLOAT : DIGITS? '.' DIGITS | DIGITS '.' ;
fragment EXPONENT_FLOAT : (DIGITS | POINT_FLOAT) [eE] [+-]? DIGITS ;
fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment IMAG_NUMBER : (FLOAT_NUMBER | DIGITS) [jJ] ;

fragment SPACES : [ \t\f]+ ;
fragment COMMENT : '#' ~[\r\n]* ;
fragment LINE_JOINING : '\\' [ \t]* ('\r'? '\n' | '\r') ;

fragment ID_START : [a-zA-Z_] | [\p{L}\p{Nl}] ;
fragment ID_CONTINUE : ID_START | [0-9] | [\p{Mn}\p{Mc}\p{Nd}\p{Pc}] ;
