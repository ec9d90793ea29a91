package com.switchdesk.ui.directory;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.store.OperatorSession;
import com.switchdesk.store.transfer.CustomerTransferService;
import com.switchdesk.store.transfer.ExportResult;
import com.switchdesk.store.transfer.ImportResult;
import com.switchdesk.store.transfer.TaskMonitor;
import com.switchdesk.ui.WidgetIds;

/**
 * Import and export of customers (F07) as the user runs them: a dialog for what and how, then the work under a
 * progress dialog with Cancel (on a thread of its own; the window keeps painting), then the outcome: a count, a
 * list of every problem of a refused file, or that nothing changed.
 */
final class TransferActions {

	/** Work that reports progress and may be cancelled. */
	@FunctionalInterface
	interface Task<T> {
		T run(TaskMonitor monitor) throws Exception;
	}

	private final Shell shell;
	private final Supplier<CustomerTransferService> transfer;
	private final Supplier<OperatorSession> session;
	private final Background background;
	private final BiConsumer<String, Boolean> done;

	TransferActions(Shell shell, Supplier<CustomerTransferService> transfer, Supplier<OperatorSession> session,
			Background background, BiConsumer<String, Boolean> done) {
		this.shell = shell;
		this.transfer = transfer;
		this.session = session;
		this.background = background;
		this.done = done;
	}

	void importFile() {
		CustomerTransferService service = transfer.get();
		OperatorSession who = session.get();
		if (service == null || who == null) {
			done.accept(Messages.Customers_noStore, true);
			return;
		}
		ImportDialog dialog = new ImportDialog(shell, service, who, background);
		if (dialog.open() != Window.OK) {
			return;
		}
		ImportDialog.Plan plan = dialog.plan();
		ImportResult result = withProgress(Messages.Import_progress, monitor -> plan.vcard()
				? service.importVCard(who, plan.file(), plan.options().mode(), monitor)
				: service.importCsv(who, plan.file(), plan.options(), monitor));
		switch (result) {
		case null -> {
			// the failure was reported
		}
		case ImportResult.Imported i -> done.accept(i.replaced() > 0
				? NLS.bind(Messages.Import_replaced, i.customers(), i.replaced())
				: NLS.bind(Messages.Import_done, i.customers()), false);
		case ImportResult.Rejected r -> {
			done.accept(NLS.bind(Messages.Import_rejectedShort, r.problems().size()), true);
			List<List<String>> rows = r.problems().stream()
					.map(p -> List.of(p.line() == 0 ? "" : Long.toString(p.line()), p.column(), p.message())).toList();
			new ProblemsDialog(shell, Messages.Import_rejectedTitle,
					NLS.bind(r.truncated() ? Messages.Import_rejectedMore : Messages.Import_rejected,
							plan.file().getFileName(), r.problems().size()),
					List.of(Messages.Problems_line, Messages.Problems_column, Messages.Problems_reason), rows).open();
		}
		case ImportResult.Cancelled c -> done.accept(Messages.Import_cancelled, false);
		}
	}

	void exportFile() {
		CustomerTransferService service = transfer.get();
		OperatorSession who = session.get();
		if (service == null || who == null) {
			done.accept(Messages.Customers_noStore, true);
			return;
		}
		ExportDialog dialog = new ExportDialog(shell);
		if (dialog.open() != Window.OK) {
			return;
		}
		ExportDialog.Plan plan = dialog.plan();
		Charset charset = plan.format() == ExportDialog.Format.CSV_GBK ? Charset.forName("GBK")
				: StandardCharsets.UTF_8;
		ExportResult result = withProgress(Messages.Export_progress, monitor -> plan.format() == ExportDialog.Format.VCARD
				? service.exportVCard(who, plan.file(), monitor)
				: service.exportCsv(who, plan.file(), charset, plan.chineseHeaders(), monitor));
		switch (result) {
		case null -> {
			// the failure was reported
		}
		case ExportResult.Written w -> done.accept(NLS.bind(Messages.Export_done, w.customers(), w.file()), false);
		case ExportResult.Refused r -> {
			done.accept(Messages.Export_refusedShort, true);
			List<List<String>> rows = r.problems().stream().map(p -> List.of(p.field(), p.message())).toList();
			new ProblemsDialog(shell, Messages.Export_refusedTitle, Messages.Export_refused,
					List.of(Messages.Problems_customer, Messages.Problems_reason), rows).open();
		}
		case ExportResult.Cancelled c -> done.accept(Messages.Export_cancelled, false);
		}
	}

	/** Runs the task under a progress dialog; a failure is shown and gives null. */
	private <T> T withProgress(String title, Task<T> task) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		ProgressMonitorDialog progress = new ProgressMonitorDialog(shell) {
			@Override
			protected void configureShell(Shell newShell) {
				super.configureShell(newShell);
				WidgetIds.tag(newShell, "transfer.progress");
			}
		};
		try {
			progress.run(true, true, monitor -> {
				try {
					result.set(task.run(new ProgressAdapter(monitor, title)));
				} catch (Exception e) {
					failure.set(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			failure.set(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			failure.set(e);
		}
		if (failure.get() != null) {
			String text = Failures.text(failure.get());
			done.accept(text, true);
			MessageDialog.openError(shell, title, text);
			return null;
		}
		return result.get();
	}
}
