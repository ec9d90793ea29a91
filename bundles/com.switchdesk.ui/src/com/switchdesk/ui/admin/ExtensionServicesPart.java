package com.switchdesk.ui.admin;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.ui.WidgetIds;

/**
 * Extension services (分机业务设定, F32–F34): choose extensions, tick the services to change and set
 * their values, preview, apply, and read each extension's result; mark office extensions, whose
 * services the PBX protects; view one extension's services (F33).
 * <p>
 * Call control is injected optionally: without it the part says so, and it builds itself when the
 * services arrive.
 */
public class ExtensionServicesPart {

	@Inject
	private UISynchronize ui;
	@Inject
	private ServicesViewer viewer;

	private PbxConnection connection;
	private ExtensionBoard board;
	private Composite body;
	private ServicesPresenter presenter;
	private ExtensionList list;
	private ServicesEditor editor;
	private BatchView batch;
	private Button markOffice;
	private Button unmarkOffice;
	private Button view;

	@Inject
	void services(@org.eclipse.e4.core.di.annotations.Optional PbxConnection connection,
			@org.eclipse.e4.core.di.annotations.Optional ExtensionBoard board) {
		this.connection = connection;
		this.board = board;
		if (body != null) {
			ui.asyncExec(this::rebuild);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		body = WidgetIds.tag(new Composite(parent, SWT.NONE), "services");
		body.setLayout(new FillLayout());
		rebuild();
	}

	private void rebuild() {
		if (body == null || body.isDisposed()) {
			return;
		}
		stop();
		NotConnected.refill(body, "services.notConnected", connection != null && board != null, () -> build(body));
	}

	private void build(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
		presenter = new ServicesPresenter(ui, Optional.of(connection), Optional.of(board), new Shown());

		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(6, 6).applyTo(left);
		list = new ExtensionList(left, presenter, this::selected);
		Composite actions = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		button(actions, "services.selectAll", Messages.List_selectAll, Messages.List_selectAllTip, list::selectAllShown);
		view = button(actions, "services.view", Messages.List_view, Messages.List_viewTip, this::viewSelected);
		markOffice = button(actions, "services.markOffice", Messages.Office_mark, Messages.Office_markTip,
				() -> presenter.setOffice(true));
		unmarkOffice = button(actions, "services.unmarkOffice", Messages.Office_unmark, Messages.Office_unmarkTip,
				() -> presenter.setOffice(false));

		SashForm right = new SashForm(sash, SWT.VERTICAL | SWT.SMOOTH);
		editor = new ServicesEditor(right, this::edited);
		Composite lower = new Composite(right, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(lower);
		batch = new BatchView(lower);
		batch.preview.addListener(SWT.Selection, e -> preview());
		batch.apply.addListener(SWT.Selection, e -> presenter.apply());
		batch.cancel.addListener(SWT.Selection, e -> presenter.cancel());
		batch.clear.addListener(SWT.Selection, e -> {
			editor.clearTicks();
			loadEditor();
			edited();
		});
		right.setWeights(64, 36);
		sash.setWeights(40, 60);
		presenter.start();
		enableButtons();
	}

	private static Button button(Composite parent, String id, String text, String tip, Runnable action) {
		Button b = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		b.setText(text);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
		return b;
	}

	/**
	 * The "edit this extension's services" path: shows the extension alone, its values in the editor
	 * and nothing ticked yet.
	 */
	public void edit(String extension) {
		if (list == null) {
			return;
		}
		editor.clearTicks();
		list.selectOnly(extension);
		selected(list.selection());
	}

	private void selected(List<String> numbers) {
		presenter.select(numbers);
		loadEditor();
		enableButtons();
	}

	private void loadEditor() {
		List<String> numbers = presenter.selected();
		Optional<String> first = numbers.stream().findFirst();
		editor.load(first, first.flatMap(presenter::services));
	}

	private void edited() {
		presenter.stalePreview();
		editor.problem().ifPresent(p -> batch.message(p, true));
		enableButtons();
	}

	private void preview() {
		Optional<String> problem = editor.problem();
		if (problem.isPresent()) {
			batch.message(problem.get(), true);
		} else {
			presenter.preview(editor.change());
		}
	}

	private void viewSelected() {
		presenter.selected().stream().findFirst().ifPresentOrElse(n -> viewer.open(body.getShell(), n),
				() -> batch.message(Messages.List_viewSelectFirst, true));
	}

	private void enableButtons() {
		boolean running = presenter.isRunning();
		batch.preview.setEnabled(!running);
		batch.apply.setEnabled(presenter.canApply());
		batch.cancel.setEnabled(running);
		batch.clear.setEnabled(!running);
		// office marks: offered for what they would change on the selection
		List<String> selected = presenter.selected();
		long offices = selected.stream().filter(n -> presenter.extension(n).map(Extension::office).orElse(false))
				.count();
		markOffice.setEnabled(offices < selected.size());
		unmarkOffice.setEnabled(offices > 0);
		view.setEnabled(!selected.isEmpty());
	}

	@Focus
	void focus() {
		if (body != null && !body.isDisposed()) {
			body.setFocus();
		}
	}

	@PreDestroy
	void stop() {
		if (presenter != null) {
			presenter.stop();
			presenter = null;
		}
	}

	/** The presenter's view of this part. */
	private final class Shown implements ServicesPresenter.View {
		@Override
		public void showExtensions(List<Extension> shown) {
			list.show(shown);
			enableButtons();
		}

		@Override
		public void servicesArrived() {
			list.refresh();
			loadEditor();
		}

		@Override
		public void showBatch(List<BatchLine> lines, boolean results) {
			batch.show(lines, results);
		}

		@Override
		public void showProgress(int done, int total) {
			batch.progress(done, total);
		}

		@Override
		public void showMessage(String text, boolean error) {
			batch.message(text, error);
		}

		@Override
		public void batchStateChanged() {
			enableButtons();
		}
	}
}
