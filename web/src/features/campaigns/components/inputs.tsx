/** Small form controls that keep the API's formats (ISO days, plain numbers) behind Vietnamese display. */
import { formatNumber } from '@thidua/shared';
import { DatePicker, Flex, InputNumber, type InputNumberProps, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseVnNumber } from '../lib/format.ts';

const DAY_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

/** A number typed and shown the Vietnamese way (36.692 · 18,2); the form value stays a plain number. */
export function VnNumberInput(
  props: Omit<InputNumberProps<number>, 'formatter' | 'parser' | 'decimalSeparator'> & { digits?: number },
) {
  const { digits = 6, ...rest } = props;
  return (
    <InputNumber<number>
      {...rest}
      formatter={(value, info) => {
        if (info.userTyping) return info.input;
        if (value === undefined || value === null || String(value) === '') return '';
        const n = Number(value);
        return Number.isFinite(n) ? formatNumber(n, digits) : String(value);
      }}
      parser={(text) => parseVnNumber(text ?? '') ?? Number.NaN}
    />
  );
}

/** A day picker whose value is "YYYY-MM-DD" (or null); shows and accepts dd/mm/yyyy. */
export function DayInput({
  value,
  onChange,
  id,
  style,
  placeholder,
  disabledDate,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
  style?: CSSProperties;
  placeholder?: string;
  disabledDate?: (d: Dayjs) => boolean;
}) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      // Enter confirms the typed day; it must not also submit the surrounding form half-filled.
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
      format={DAY_FORMATS}
      placeholder={placeholder ?? 'dd/mm/yyyy'}
      disabledDate={disabledDate}
      style={{ width: '100%', ...style }}
    />
  );
}

/** The plan's date: a full day, or only month and year ("ngày … tháng 9 năm 2025" → "2025-09"). */
export function IssuedOnInput({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const [monthOnly, setMonthOnly] = useState(() => /^\d{4}-\d{2}$/.test(value ?? ''));
  const switchMode = (m: boolean) => {
    setMonthOnly(m);
    if (value) onChange?.(m ? value.slice(0, 7) : `${value.slice(0, 7)}-01`);
  };
  return (
    <Flex gap={8}>
      <Select
        aria-label={t('campaigns.issuedOnMode')}
        value={monthOnly ? 'month' : 'day'}
        onChange={(m) => switchMode(m === 'month')}
        options={[
          { value: 'day', label: t('campaigns.issuedOnDay') },
          { value: 'month', label: t('campaigns.issuedOnMonth') },
        ]}
        style={{ width: 150, flex: 'none' }}
      />
      <DatePicker
        id={id}
        picker={monthOnly ? 'month' : 'date'}
        value={value ? dayjs(value.length === 7 ? `${value}-01` : value) : null}
        onChange={(d) => onChange?.(d ? d.format(monthOnly ? 'YYYY-MM' : 'YYYY-MM-DD') : null)}
        format={monthOnly ? ['MM/YYYY', 'M/YYYY'] : DAY_FORMATS}
        placeholder={monthOnly ? 'mm/yyyy' : 'dd/mm/yyyy'}
        style={{ flex: 1 }}
      />
    </Flex>
  );
}
