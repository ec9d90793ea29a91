package com.switchdesk.pbx.model;

public enum GroupKind {
	/** A hunt group: calls to its pilot number ring its members in turn. */
	HUNT,
	/** An intelligent operator group: the operator positions answering the company's main number. */
	OPERATOR
}
