import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DropZone from './DropZone.svelte';

const file = (name: string, text = '{}') => new File([text], name, { type: 'application/json' });

describe('DropZone', () => {
	it('offers a file picker that takes several files', () => {
		render(DropZone, { onfiles: vi.fn() });
		const input = screen.getByLabelText(/Choisir des fichiers/);
		expect(input).toHaveAttribute('type', 'file');
		expect(input).toHaveAttribute('multiple');
		expect(screen.getByRole('group', { name: 'Déposez les fichiers de reçu ici' })).toBeInTheDocument();
	});

	it('hands over the files picked', async () => {
		const onfiles = vi.fn();
		render(DropZone, { onfiles });
		const files = [file('a.json'), file('b.json')];
		await userEvent.upload(screen.getByLabelText(/Choisir des fichiers/), files);
		expect(onfiles).toHaveBeenCalledOnce();
		expect(onfiles.mock.calls[0][0].map((f: File) => f.name)).toEqual(['a.json', 'b.json']);
		// the picker is a styled label; the names of the files chosen stand beside it
		expect(screen.getByText('a.json, b.json')).toBeInTheDocument();
	});

	it('hands over the files dropped, and shows when files are dragged over it', async () => {
		const onfiles = vi.fn();
		render(DropZone, { onfiles });
		const zone = screen.getByTestId('drop-zone');
		const files = [file('a.json'), file('b.json'), file('c.json')];
		await fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files, dropEffect: 'none' } });
		expect(zone).toHaveClass('over');
		await fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files } });
		expect(zone).not.toHaveClass('over');
		expect(onfiles).toHaveBeenCalledExactlyOnceWith(files);
	});

	it('ignores a drop without files', async () => {
		const onfiles = vi.fn();
		render(DropZone, { onfiles });
		await fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { types: ['text/plain'], files: [] } });
		expect(onfiles).not.toHaveBeenCalled();
	});
});
