package org.dateline.sources;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size limit and stops reading past it, so an endless or huge
 * response costs at most the limit plus one network buffer.
 */
final class LimitedBody implements BodySubscriber<LimitedBody.Result> {

  /** The body, or {@code tooLarge} with no bytes when it went past the limit. */
  record Result(byte[] bytes, boolean tooLarge) {
    static final Result EMPTY = new Result(new byte[0], false);
  }

  private final long maxBytes;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<Result> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  LimitedBody(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public CompletionStage<Result> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return; // buffers already in flight when the subscription was cancelled
    }
    for (ByteBuffer buffer : buffers) {
      if (out.size() + (long) buffer.remaining() > maxBytes) {
        subscription.cancel();
        result.complete(new Result(new byte[0], true));
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      out.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(new Result(out.toByteArray(), false));
  }
}
