package com.switchdesk.ui.admin;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.command.ReadExtensionServices;
import com.switchdesk.pbx.event.ServicesChanged;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.ui.WidgetIds;

/** The read-only view of one extension's services (see {@link ServicesViewer}). */
final class ServicesDialog extends Dialog {

	private static final int EDIT = IDialogConstants.CLIENT_ID + 1;

	private final String extension;
	private final UISynchronize ui;
	private final Optional<PbxConnection> connection;
	private final Optional<ExtensionBoard> board;
	private final Optional<Runnable> edit;
	private final Map<ServiceField, Label> values = new EnumMap<>(ServiceField.class);
	private Label status;
	private ConnectorEvents events;

	ServicesDialog(Shell parent, String extension, UISynchronize ui, Optional<PbxConnection> connection,
			Optional<ExtensionBoard> board, Optional<Runnable> edit) {
		super(parent);
		this.extension = extension;
		this.ui = ui;
		this.connection = connection;
		this.board = board;
		this.edit = edit;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Viewer_title, extension));
		WidgetIds.tag(shell, "services.viewer");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).spacing(12, 8).applyTo(area);
		Optional<Extension> ext = board.flatMap(b -> b.extension(extension));
		Label heading = WidgetIds.tag(new Label(area, SWT.NONE), "services.viewer.heading");
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setText(ext.filter(Extension::hasUserName).map(e -> extension + "  " + e.userName()).orElse(extension));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
		if (ext.map(Extension::office).orElse(false)) {
			Label office = WidgetIds.tag(new Label(area, SWT.WRAP), "services.viewer.office");
			office.setText(Messages.Viewer_office);
			office.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).applyTo(office);
		}
		status = WidgetIds.tag(new Label(area, SWT.WRAP), "services.viewer.status");
		status.setText(Messages.Viewer_reading);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);

		Composite[] columns = { column(area), column(area) };
		int i = 0;
		for (ServiceField.Section section : ServiceField.Section.values()) {
			Group g = new Group(columns[i++ < 4 ? 0 : 1], SWT.NONE);
			g.setText(AdminTexts.section(section));
			GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 2).applyTo(g);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
			for (ServiceField f : ServiceField.in(section)) {
				new Label(g, SWT.NONE).setText(AdminTexts.label(f));
				Label v = WidgetIds.tag(new Label(g, SWT.NONE), "services.viewer.value." + f.name());
				v.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
				GridDataFactory.fillDefaults().grab(true, false).hint(90, SWT.DEFAULT).applyTo(v);
				values.put(f, v);
			}
		}
		read();
		connection.ifPresent(c -> events = new ConnectorEvents(c, event -> {
			if (event instanceof ServicesChanged s && s.services().number().equals(extension)) {
				ui.asyncExec(() -> show(s.services()));
			}
		}));
		area.addListener(SWT.Dispose, e -> {
			if (events != null) {
				events.close();
			}
		});
		return area;
	}

	private static Composite column(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 8).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(c);
		return c;
	}

	private void read() {
		if (connection.isEmpty()) {
			status.setText(Messages.NotConnected_message);
			return;
		}
		connection.get().connector().execute(new ReadExtensionServices(extension)).whenComplete((s, e) -> ui.asyncExec(() -> {
			if (s != null) {
				show(s);
			} else if (!status.isDisposed()) {
				status.setText(NLS.bind(Messages.Viewer_failed, AdminTexts.refusal(e)));
				status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}));
	}

	private void show(ExtensionServices services) {
		if (status.isDisposed()) {
			return;
		}
		status.setText(Messages.Viewer_readOnly);
		values.forEach((f, label) -> {
			Object v = f.get(services);
			label.setText(AdminTexts.value(v));
			// "on" stands out, "off" recedes: a glance shows what the extension has
			boolean off = Boolean.FALSE.equals(v) || v instanceof ServiceField.Hotline h && !h.enabled();
			label.setFont(off ? JFaceResources.getDefaultFont()
					: JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			label.setForeground(label.getDisplay().getSystemColor(off ? SWT.COLOR_DARK_GRAY
					: Boolean.TRUE.equals(v) ? SWT.COLOR_DARK_GREEN : SWT.COLOR_BLACK));
		});
		getShell().layout(true, true);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// an office extension's services are protected (F34): offering to edit them would only end in a refusal
		boolean office = board.flatMap(b -> b.extension(extension)).map(Extension::office).orElse(false);
		if (edit.isPresent() && !office) {
			WidgetIds.tag(createButton(parent, EDIT, Messages.Viewer_edit, false), "services.viewer.edit");
		}
		Button close = createButton(parent, IDialogConstants.CLOSE_ID, Messages.Viewer_close, true);
		WidgetIds.tag(close, "services.viewer.close");
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == EDIT) {
			close();
			edit.ifPresent(Runnable::run);
		} else {
			close();
		}
	}
}
