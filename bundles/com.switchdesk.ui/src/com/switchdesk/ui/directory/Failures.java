package com.switchdesk.ui.directory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import com.switchdesk.pbx.PbxRefusedException;
import com.switchdesk.store.StoreException;
import com.switchdesk.store.ValidationException;
import com.switchdesk.ui.operator.Texts;

/** What went wrong, in a sentence for the user: the store's, the PBX's or the file system's own words. */
public final class Failures {

	private Failures() {
	}

	public static String text(Throwable error) {
		Throwable e = Background.unwrap(error);
		if (e instanceof ValidationException v) {
			return v.problems().stream().map(p -> p.message()).collect(Collectors.joining("\n"));
		}
		if (e instanceof com.switchdesk.store.AccessDeniedException || e instanceof StoreException) {
			return e.getMessage();
		}
		if (e instanceof PbxRefusedException) {
			return Texts.refusal(e);
		}
		if (e instanceof NoSuchFileException f) {
			return NLS.bind(Messages.Failure_noFile, f.getFile());
		}
		if (e instanceof AccessDeniedException f) {
			return NLS.bind(Messages.Failure_fileDenied, f.getFile());
		}
		if (e instanceof IOException) {
			return NLS.bind(Messages.Failure_file, e.getMessage());
		}
		String message = e.getMessage();
		return NLS.bind(Messages.Failure_unexpected, e.getClass().getSimpleName(), message == null ? "" : message);
	}
}
