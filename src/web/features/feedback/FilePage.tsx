// Gửi phản ánh: a citizen files a report without an account, on a phone first. The place is a point
// on the ward map or the device's location, plus an address; the ward is found from the point or
// chosen. Likely duplicates are shown while filing, with "+1" instead of a second report.
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { CategoryAttribute } from '../../../common/feedback.js';
import { formatDate } from '../../app/format.js';
import { useI18n } from '../../app/i18n.js';
import { usePageTitle } from '../../app/page-title.js';
import { feedbackPaths, trackingPath } from '../../app/paths.js';
import { useResource } from '../../app/use-resource.js';
import { useSubmit } from '../../app/use-submit.js';
import { ErrorNotice, ResourceView } from '../../components/Feedback.js';
import { Field } from '../../components/Field.js';
import { type FiledReceipt, type NearbyReport, type PublicConfig, fetchFeedbackConfig, fetchNearby, fileReport, supportReport } from './api.js';
import { FeedbackStatus } from './parts.js';
import { type MapPoint, WardMap, wardAt } from './WardMap.js';

export function FilePage() {
  const { t } = useI18n();
  usePageTitle(t('feedback.fileTitle'));
  const config = useResource(fetchFeedbackConfig);
  const [receipt, setReceipt] = useState<FiledReceipt>();
  return (
    <div className="fb-page">
      <h1>{t('feedback.fileTitle')}</h1>
      {receipt ? <Receipt receipt={receipt} /> : <ResourceView resource={config}>{(data) => <FileForm config={data} onFiled={setReceipt} />}</ResourceView>}
    </div>
  );
}

function Receipt({ receipt }: { receipt: FiledReceipt }) {
  const { t, language } = useI18n();
  return (
    <section className="card fb-receipt" aria-labelledby="fb-receipt-title">
      <h2 id="fb-receipt-title">{t('feedback.filedTitle')}</h2>
      <p>{t('feedback.filedCodeLabel')}</p>
      <p className="fb-code" data-testid="tracking-code">
        {receipt.code}
      </p>
      <p className="field-hint">{t('feedback.filedKeepCode')}</p>
      <dl className="fb-facts">
        <dt>{t('feedback.status')}</dt>
        <dd>
          <FeedbackStatus status={receipt.status} />
        </dd>
        <dt>{t('feedback.unit')}</dt>
        <dd>{receipt.unit?.name ?? t('feedback.unitPending')}</dd>
        <dt>{t('feedback.deadline')}</dt>
        <dd>{formatDate(receipt.dueDate, language)}</dd>
      </dl>
      <Link className="button button-primary button-block" to={trackingPath(receipt.code)}>
        {t('feedback.trackThis')}
      </Link>
    </section>
  );
}

type AttributeValues = Record<string, string | string[]>;

function FileForm({ config, onFiled }: { config: PublicConfig; onFiled: (receipt: FiledReceipt) => void }) {
  const { t } = useI18n();
  const [categoryId, setCategoryId] = useState('');
  const [description, setDescription] = useState('');
  const [address, setAddress] = useState('');
  const [point, setPoint] = useState<MapPoint>();
  const [wardId, setWardId] = useState('');
  /** The citizen picked the ward from the list rather than letting the point decide. */
  const [wardChosen, setWardChosen] = useState(false);
  const [photos, setPhotos] = useState<File[]>([]);
  const [anonymous, setAnonymous] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [attributes, setAttributes] = useState<AttributeValues>({});
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState<string>();
  const category = config.categories.find((item) => String(item.id) === categoryId);

  function pickPoint(next: MapPoint) {
    setPoint(next);
    if (!wardChosen) setWardId(String(wardAt(config.wards, next)?.unit.id ?? ''));
  }

  function locate() {
    setLocateError(undefined);
    if (!('geolocation' in navigator)) {
      setLocateError(t('feedback.locateUnavailable'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        pickPoint({ lat: position.coords.latitude, lng: position.coords.longitude });
      },
      () => {
        setLocating(false);
        setLocateError(t('feedback.locateFailed'));
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  function choosePhotos(files: FileList | null) {
    const chosen = [...photos, ...Array.from(files ?? [])].slice(0, config.maxPhotos);
    setPhotos(chosen);
  }

  const {
    busy,
    error,
    fieldErrors: fields,
    onSubmit,
  } = useSubmit(async () => {
    const form = new FormData();
    form.set('categoryId', categoryId);
    form.set('description', description);
    if (address.trim()) form.set('address', address.trim());
    if (point) {
      form.set('lat', point.lat.toFixed(6));
      form.set('lng', point.lng.toFixed(6));
    }
    if (wardId && (wardChosen || !point)) form.set('wardId', wardId);
    form.set('anonymous', anonymous ? 'true' : 'false');
    if (!anonymous) {
      if (name.trim()) form.set('name', name.trim());
      if (phone.trim()) form.set('phone', phone.trim());
      if (email.trim()) form.set('email', email.trim());
    }
    const filled = Object.fromEntries(Object.entries(attributes).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : value.trim() !== '')));
    if (Object.keys(filled).length > 0) form.set('attributes', JSON.stringify(filled));
    for (const photo of photos) form.append('photos', photo);
    onFiled(await fileReport(form));
  }, { keepBusy: true });

  const wardName = config.wards.find((ward) => String(ward.unit.id) === wardId)?.unit.name;
  return (
    <form className="form fb-form" onSubmit={onSubmit} noValidate={false}>
      <p className="fb-intro">{t('feedback.fileIntro')}</p>
      <ErrorNotice error={error} />

      <Field label={t('feedback.category')} error={fields.categoryId}>
        {(control) => (
          <select {...control} required value={categoryId} onChange={(event) => setCategoryId(event.target.value)}>
            <option value="">{t('feedback.chooseCategory')}</option>
            {config.categories.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {category?.description && <p className="field-hint fb-category-hint">{category.description}</p>}
      {category && <AttributeFields attributes={category.attributes} values={attributes} onChange={setAttributes} errors={fields} />}

      <Field label={t('feedback.description')} hint={t('feedback.descriptionHint')} error={fields.description}>
        {(control) => <textarea {...control} required minLength={10} maxLength={4000} rows={4} value={description} onChange={(event) => setDescription(event.target.value)} />}
      </Field>

      <fieldset className="fb-fieldset">
        <legend>{t('feedback.place')}</legend>
        <WardMap wards={config.wards} tileUrl={config.mapTileUrl} label={t('feedback.mapLabel')} picked={point} selectedWardId={Number(wardId) || undefined} onPick={pickPoint} />
        <div className="fb-place-tools">
          <button type="button" className="button" onClick={locate} disabled={locating}>
            {locating ? t('feedback.locating') : t('feedback.useMyLocation')}
          </button>
          {point && (
            <span className="fb-point" role="status">
              {t('feedback.pointPicked', { lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) })}
            </span>
          )}
        </div>
        {locateError && <p className="notice notice-warning">{locateError}</p>}
        <Field label={t('feedback.address')} hint={t('feedback.addressHint')} error={fields.address}>
          {(control) => <input {...control} type="text" maxLength={300} autoComplete="street-address" value={address} onChange={(event) => setAddress(event.target.value)} />}
        </Field>
        <Field label={t('feedback.ward')} hint={point && !wardChosen && wardName ? t('feedback.wardFromPoint') : undefined} error={fields.wardId}>
          {(control) => (
            <select
              {...control}
              value={wardId}
              onChange={(event) => {
                setWardId(event.target.value);
                setWardChosen(event.target.value !== '');
              }}
            >
              <option value="">{t('feedback.chooseWard')}</option>
              {config.wards.map((ward) => (
                <option key={ward.unit.id} value={ward.unit.id}>
                  {ward.unit.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      {category && point && <DuplicateHint categoryId={category.id} point={point} />}

      <Field label={t('feedback.photos', { max: config.maxPhotos })} hint={t('feedback.photosHint', { mb: Math.round(config.maxPhotoBytes / 1_000_000) })} error={fields.photos ?? fields.files}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/heic"
            multiple
            disabled={photos.length >= config.maxPhotos}
            onChange={(event) => {
              choosePhotos(event.target.files);
              event.target.value = '';
            }}
          />
        )}
      </Field>
      {photos.length > 0 && (
        <ul className="file-list fb-chosen" aria-label={t('feedback.chosenPhotos')}>
          {photos.map((photo, index) => (
            <li key={`${photo.name}-${index}`}>
              <span>{photo.name}</span>
              <button type="button" className="button button-small" onClick={() => setPhotos(photos.filter((_, other) => other !== index))} aria-label={t('feedback.removePhoto', { name: photo.name })}>
                {t('feedback.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <fieldset className="fb-fieldset">
        <legend>{t('feedback.contact')}</legend>
        <label className="choice">
          <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
          {t('feedback.anonymous')}
        </label>
        <p className="field-hint">{anonymous ? t('feedback.anonymousHint') : t('feedback.contactHint')}</p>
        {!anonymous && (
          <>
            <Field label={t('feedback.name')} error={fields.name}>
              {(control) => <input {...control} type="text" maxLength={100} autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />}
            </Field>
            <Field label={t('feedback.phone')} error={fields.phone}>
              {(control) => <input {...control} type="tel" maxLength={20} autoComplete="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />}
            </Field>
            <Field label={t('feedback.email')} error={fields.email}>
              {(control) => <input {...control} type="email" maxLength={200} autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} />}
            </Field>
          </>
        )}
      </fieldset>

      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {busy ? t('feedback.sending') : t('feedback.send')}
      </button>
    </form>
  );
}

function AttributeFields({ attributes, values, onChange, errors }: { attributes: CategoryAttribute[]; values: AttributeValues; onChange: (values: AttributeValues) => void; errors: Record<string, string> }) {
  const set = (code: string, value: string | string[]) => onChange({ ...values, [code]: value });
  return (
    <>
      {[...attributes]
        .sort((a, b) => a.order - b.order)
        .map((attribute) => {
          if (!attribute.variable) {
            return (
              <p key={attribute.code} className="notice notice-info">
                {attribute.description}
              </p>
            );
          }
          const value = values[attribute.code];
          const error = errors[`attributes.${attribute.code}`] ?? errors.attributes;
          if (attribute.datatype === 'multivaluelist') {
            const chosen = Array.isArray(value) ? value : [];
            return (
              <fieldset key={attribute.code} className="fb-fieldset fb-attribute">
                <legend>{attribute.description}</legend>
                {attribute.values.map((option) => (
                  <label key={option.key} className="choice">
                    <input
                      type="checkbox"
                      checked={chosen.includes(option.key)}
                      onChange={(event) => set(attribute.code, event.target.checked ? [...chosen, option.key] : chosen.filter((key) => key !== option.key))}
                    />
                    {option.name}
                  </label>
                ))}
              </fieldset>
            );
          }
          const text = typeof value === 'string' ? value : '';
          return (
            <Field key={attribute.code} label={attribute.description} hint={attribute.datatypeDescription ?? undefined} error={error}>
              {(control) =>
                attribute.datatype === 'singlevaluelist' ? (
                  <select {...control} required={attribute.required} value={text} onChange={(event) => set(attribute.code, event.target.value)}>
                    <option value="" />
                    {attribute.values.map((option) => (
                      <option key={option.key} value={option.key}>
                        {option.name}
                      </option>
                    ))}
                  </select>
                ) : attribute.datatype === 'text' ? (
                  <textarea {...control} rows={2} maxLength={1000} required={attribute.required} value={text} onChange={(event) => set(attribute.code, event.target.value)} />
                ) : (
                  <input
                    {...control}
                    type={attribute.datatype === 'number' ? 'number' : attribute.datatype === 'datetime' ? 'datetime-local' : 'text'}
                    maxLength={1000}
                    required={attribute.required}
                    value={text}
                    onChange={(event) => set(attribute.code, event.target.value)}
                  />
                )
              }
            </Field>
          );
        })}
    </>
  );
}

/** Reports of the same category close by and recent: the citizen may join one instead ("+1"). */
function DuplicateHint({ categoryId, point }: { categoryId: number; point: MapPoint }) {
  const { t, language } = useI18n();
  const load = useCallback(() => fetchNearby(categoryId, point.lat, point.lng), [categoryId, point.lat, point.lng]);
  const nearby = useResource(load);
  const [supported, setSupported] = useState<string>();
  const join = useSubmit(async (report: NearbyReport) => {
    await supportReport(report.code);
    setSupported(report.code);
  });
  useEffect(() => setSupported(undefined), [categoryId, point]);
  const reports = nearby.data ?? [];
  if (reports.length === 0) return null;

  return (
    <section className="notice notice-warning fb-duplicates" aria-labelledby="fb-duplicates-title">
      <h2 id="fb-duplicates-title">{t('feedback.duplicatesTitle')}</h2>
      <p>{t('feedback.duplicatesIntro')}</p>
      <ErrorNotice error={join.error} />
      <ul>
        {reports.map((report) => (
          <li key={report.code}>
            <p>
              <Link to={trackingPath(report.code)}>{report.code}</Link> · <FeedbackStatus status={report.status} /> · {t('feedback.metres', { m: report.distanceM })} ·{' '}
              {formatDate(new Date(report.receivedAt), language)}
            </p>
            {report.description && <p className="fb-excerpt">{report.description}</p>}
            <p className="muted">{t('feedback.supporters', { count: report.supporters })}</p>
            {supported === report.code ? (
              <p role="status">
                {t('feedback.supported')} <Link to={trackingPath(report.code)}>{t('feedback.trackThis')}</Link>
              </p>
            ) : (
              <button type="button" className="button button-small" onClick={() => join.run(report)} disabled={supported !== undefined}>
                {t('feedback.metoo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="field-hint">
        {t('feedback.duplicatesOr')} <Link to={feedbackPaths.browse}>{t('feedback.browseLink')}</Link>
      </p>
    </section>
  );
}
