package com.switchdesk.store.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.transfer.ImportProblem;

/**
 * The BEGIN/END frame of a vCard file, checked before parsing (the parser forgives a missing END), and the
 * line on which each card begins, to name it in problems.
 */
final class VCardStructure {

	private final List<Long> starts = new ArrayList<>();
	private final List<ImportProblem> problems = new ArrayList<>();

	private VCardStructure() {
	}

	static VCardStructure of(String text) {
		VCardStructure structure = new VCardStructure();
		String[] lines = text.split("\r\n|\n|\r", -1);
		int depth = 0;
		long openedAt = 0;
		for (int i = 0; i < lines.length; i++) {
			long line = i + 1L;
			String content = lines[i].strip().toUpperCase(Locale.ROOT);
			if (content.equals("BEGIN:VCARD")) {
				if (depth == 0) {
					structure.starts.add(line);
					openedAt = line;
				}
				depth++; // a vCard 2.1 AGENT may nest a card
			} else if (content.equals("END:VCARD")) {
				if (depth == 0) {
					structure.problem(line, "vcard.endWithoutBegin");
				} else {
					depth--;
				}
			} else if (depth == 0 && !content.isEmpty()) {
				structure.problem(line, "vcard.outside");
			}
		}
		if (depth > 0) {
			structure.problem(openedAt, "vcard.notEnded");
		}
		if (structure.starts.isEmpty() && structure.problems.isEmpty()) {
			structure.problems.add(new ImportProblem(0, "", ProblemCode.EMPTY_FILE, Messages.get("vcard.none")));
		}
		return structure;
	}

	private void problem(long line, String key) {
		problems.add(new ImportProblem(line, "", ProblemCode.BAD_VCARD, Messages.get(key, line)));
	}

	/** @return the line of each top-level BEGIN:VCARD, in file order */
	List<Long> starts() {
		return starts;
	}

	List<ImportProblem> problems() {
		return problems;
	}
}
