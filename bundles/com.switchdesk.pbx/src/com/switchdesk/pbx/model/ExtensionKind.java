package com.switchdesk.pbx.model;

public enum ExtensionKind {
	/** An ordinary extension (a room, a desk). */
	EXTENSION,
	/** An operator position: call waiting in operator mode, a console may bind to it. */
	OPERATOR
}
