package org.cellscope.scope;

public enum ScopeKind { MODULE, FUNCTION, CLASS, COMPREHENSION }
