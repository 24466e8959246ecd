import { Component, type ReactNode } from "react";
import { errorMessage } from "./displayText";
import { ErrorState } from "./ErrorState";
import { useStrings } from "./i18n";

interface ErrorBoundaryState {
  error: unknown;
  /** Bumped by "Try again" to mount the children afresh. */
  attempt: number;
}

function RenderFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const strings = useStrings().states;
  return (
    <ErrorState
      message={strings.somethingWrong}
      hint={`${strings.somethingWrongHint} ${strings.details(errorMessage(error, strings.unknownError))}`}
      onRetry={onRetry}
    />
  );
}

/** Last line of defence: a rendering failure shows a message and a way out, never a blank pane. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error("unknown error") };
  }

  render() {
    if (this.state.error) {
      return (
        <RenderFailure
          error={this.state.error}
          onRetry={() => this.setState(({ attempt }) => ({ error: null, attempt: attempt + 1 }))}
        />
      );
    }
    return <div key={this.state.attempt}>{this.props.children}</div>;
  }
}
