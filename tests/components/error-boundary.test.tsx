import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { ErrorBoundary } from '../../src/components/error-boundary';
import { initI18n } from '../../src/i18n/i18n';

function Broken(): never {
  throw new Error('results could not be drawn');
}

describe('ErrorBoundary', () => {
  beforeAll(async () => {
    await initI18n('vi');
  });

  it('shows a way back and a way to download all data instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Màn hình này gặp lỗi');
    expect(screen.getByRole('link', { name: 'Về danh sách đánh giá' })).toHaveAttribute('href', '#/');
    expect(screen.getByRole('button', { name: 'Tải về toàn bộ dữ liệu' })).toBeInTheDocument();
    expect(screen.getByText('results could not be drawn')).toBeInTheDocument();
  });

  it('renders its children when nothing goes wrong', () => {
    render(
      <ErrorBoundary>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
  });
});
