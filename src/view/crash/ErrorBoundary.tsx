import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What shows instead of the children once they have thrown; `retry` renders them again. */
  readonly fallback: (error: Error, retry: () => void) => ReactNode;
  /** Told once per crash (before the fallback shows) and once per retry. */
  readonly onCrash?: (crashed: boolean) => void;
  readonly children: ReactNode;
}

/** Catches a render crash below it (React needs a class for this), so one broken part never blanks the page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(thrown: unknown) {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    this.props.onCrash?.(true);
  }

  private readonly retry = () => {
    this.props.onCrash?.(false);
    this.setState({ error: null });
  };

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}
