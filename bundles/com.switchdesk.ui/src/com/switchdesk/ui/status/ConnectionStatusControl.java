package com.switchdesk.ui.status;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.ConnectionState;
import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.operator.Texts;

/**
 * The PBX connection indicator in the window's status line (F39): a coloured light and the state
 * in words — online with the PBX's name, reconnecting with the next attempt's time, offline with
 * the reason.
 */
public class ConnectionStatusControl {

	@Inject
	private UISynchronize ui;
	@Inject
	@Optional
	private PbxConnection connection;

	private Canvas light;
	private Label text;
	private LocalResourceManager resources;
	private ConnectionState shown = ConnectionState.OFFLINE;
	private final PbxConnection.StatusListener listener = status -> ui.asyncExec(() -> show(status));

	@PostConstruct
	void create(Composite parent) {
		Composite root = WidgetIds.tag(new Composite(parent, SWT.NONE), "status.connection");
		resources = new LocalResourceManager(JFaceResources.getResources(), root);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 2).applyTo(root);
		light = new Canvas(root, SWT.NONE);
		GridDataFactory.swtDefaults().hint(12, 12).applyTo(light);
		light.addPaintListener(e -> {
			e.gc.setAntialias(SWT.ON);
			e.gc.setBackground(resources.create(ColorDescriptor.createFrom(colour(shown))));
			e.gc.fillOval(1, 1, 10, 10);
		});
		text = WidgetIds.tag(new Label(root, SWT.NONE), "status.connection.text");
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(text);
		if (connection != null) {
			connection.addStatusListener(listener);
			show(connection.status());
		} else {
			show(ConnectionStatus.offline("no call control"));
		}
	}

	private void show(ConnectionStatus status) {
		if (text.isDisposed()) {
			return;
		}
		shown = status.state();
		text.setText(Texts.connection(status));
		text.setToolTipText(text.getText());
		light.redraw();
	}

	private static RGB colour(ConnectionState state) {
		return switch (state) {
		case ONLINE -> new RGB(0x2e, 0x7d, 0x32);
		case CONNECTING, RECONNECTING -> new RGB(0xf9, 0xa8, 0x25);
		case OFFLINE -> new RGB(0xc6, 0x28, 0x28);
		};
	}

	@PreDestroy
	void dispose() {
		if (connection != null) {
			connection.removeStatusListener(listener);
		}
	}
}
