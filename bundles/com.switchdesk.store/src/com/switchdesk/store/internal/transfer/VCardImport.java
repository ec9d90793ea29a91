package com.switchdesk.store.internal.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.transfer.ImportProblem;
import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;
import com.switchdesk.store.transfer.TaskMonitor.Phase;
import com.switchdesk.store.transfer.TaskMonitor.Progress;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;

/** A vCard file through encoding check, BEGIN/END check, ez-vcard's parser and the importer. */
final class VCardImport {

	private VCardImport() {
	}

	/** @param importer creates the importer for the number of cards */
	static ImportResult run(Path file, TaskMonitor monitor, Function<Long, ImportRun> importer)
			throws IOException, SQLException {
		long size = Files.size(file);
		monitor.progress(new Progress(Phase.SCANNING, 0, size, 0));
		ImportProblem fileProblem = CsvImport.checkSize(size);
		CharsetSniffer.Result encoding = fileProblem == null ? CharsetSniffer.detect(file, null) : null;
		if (fileProblem == null && encoding.problem() != null) {
			fileProblem = encoding.problem();
		}
		if (fileProblem != null) {
			ImportRun run = importer.apply(-1L);
			try {
				run.importer().fail(List.of(fileProblem));
				return run.finish();
			} finally {
				run.importer().release();
			}
		}
		String text = Files.readString(file, encoding.charset());
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		VCardStructure structure = VCardStructure.of(text);
		ImportRun run = importer.apply((long) structure.starts().size());
		try {
			if (!structure.problems().isEmpty()) {
				run.importer().fail(structure.problems());
				return run.finish();
			}
			readCards(text, structure, run);
			return run.finish();
		} finally {
			run.importer().release();
		}
	}

	private static void readCards(String text, VCardStructure structure, ImportRun run) throws IOException, SQLException {
		try (VCardReader reader = new VCardReader(new StringReader(text))) {
			long index = 0;
			boolean stopped = false;
			for (VCard card = reader.readNext(); card != null && !stopped; card = reader.readNext()) {
				long line = index < structure.starts().size() ? structure.starts().get((int) index) : 0;
				index++;
				ImportRow row = VCardMapper.map(card, line, new ArrayList<>(reader.getWarnings()));
				stopped = !run.accept(row, index);
			}
			if (!stopped && index != structure.starts().size()) {
				run.importer().fail(List.of(new ImportProblem(0, "", ProblemCode.BAD_VCARD,
						Messages.get("vcard.countMismatch", structure.starts().size(), index))));
			}
		}
	}
}
