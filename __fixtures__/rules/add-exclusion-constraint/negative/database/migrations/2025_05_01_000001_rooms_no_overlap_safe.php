<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    // ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) is what we avoid
    public function up(): void
    {
        DB::statement('ALTER TABLE bookings ADD CONSTRAINT bookings_nights_check CHECK (nights > 0) NOT VALID');
        $note = 'ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)';
    }

    public function down(): void
    {
        DB::statement('ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)');
    }
};
